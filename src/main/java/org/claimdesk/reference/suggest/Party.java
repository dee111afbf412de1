package org.claimdesk.reference.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parties as the Commons Library codes them ({@code First party} values and vote columns), with the
 * names news writes them by. Names match case-sensitively (as proper nouns: "Labour", not "labour
 * market"); each row carries an example its test runs.
 */
public enum Party {
    LAB("Lab", null, "Labour won 411 seats.", "Labour Party", "Labour", "Lab"),
    CON("Con", null, "The Tories held on in the shires.", "Conservative Party", "Conservatives", "Conservative",
            "Tories", "Tory", "Con"),
    LD("LD", null, "The Lib Dems took 72 seats.", "Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem",
            "LibDems", "Lib-Dems", "LD"),
    RUK("RUK", "BRX", "Reform came second in dozens of seats.", "Reform UK", "Reform Party", "Reform", "RUK"),
    BRX("BRX", null, "The Brexit Party stood aside in Tory seats.", "Brexit Party", "BRX"),
    GREEN("Green", null, "The Greens won four seats.", "Green Party", "Greens", "Green"),
    SNP("SNP", null, "The Scottish National Party lost ground.", "Scottish National Party", "SNP",
            "Scottish Nationalists"),
    PC("PC", null, "Plaid Cymru won four seats.", "Plaid Cymru", "Plaid", "PC"),
    DUP("DUP", null, "The DUP lost three seats.", "Democratic Unionist Party", "Democratic Unionists", "DUP"),
    SF("SF", null, "Sinn F\u00e9in held seven seats.", "Sinn F\u00e9in", "Sinn Fein", "SF"),
    SDLP("SDLP", null, "The SDLP kept two seats.", "Social Democratic and Labour Party", "SDLP"),
    UUP("UUP", null, "The Ulster Unionists won one seat.", "Ulster Unionist Party", "Ulster Unionists", "UUP"),
    APNI("APNI", null, "Alliance won one seat.", "Alliance Party", "Alliance", "APNI"),
    TUV("TUV", null, "The TUV took a seat.", "Traditional Unionist Voice", "TUV"),
    WPB("WPB", null, "The Workers Party came second in three seats.", "Workers Party of Britain", "Workers Party",
            "WPB"),
    IND("Ind", null, "Independents won six seats.", "Independents", "independents", "independent candidates",
            "independent MPs", "Ind"),
    SPK("Spk", null, "The Speaker was re-elected.", "the Speaker", "Speaker");

    /** The code in the results table. */
    public final String code;
    /** The code it stood under in older tables (Reform UK was the Brexit Party in 2019), or null. */
    public final String predecessor;
    public final String example;
    final List<String> names;

    Party(String code, String predecessor, String example, String... names) {
        this.code = code;
        this.predecessor = predecessor;
        this.example = example;
        this.names = List.of(names);
    }

    /** One mention of a party in a text. */
    public record Mention(Party party, int start, int end) {
    }

    private static final List<Alias> ALIASES = aliases();

    private record Alias(Party party, Pattern pattern, int length) {
    }

    private static List<Alias> aliases() {
        List<Alias> out = new ArrayList<>();
        for (Party p : values()) {
            for (String n : p.names) {
                out.add(new Alias(p, Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(n) + "(?![\\p{L}\\d-])"),
                        n.length()));
            }
        }
        out.sort(Comparator.comparingInt(Alias::length).reversed());
        return out;
    }

    /** Party mentions in a text, in order, longest name first where names overlap ("SDLP" over "Labour"). */
    public static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Spans taken = new Spans(text);
        for (Alias a : ALIASES) {
            Matcher m = a.pattern.matcher(text);
            while (m.find()) {
                if (!taken.free(m.start(), m.end()) || notAParty(a.party, text, m.start(), m.end())) {
                    continue;
                }
                taken.take(m.start(), m.end());
                out.add(new Mention(a.party, m.start(), m.end()));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Names that are a party only in some uses: "Labour Together" is a think tank, "Green belt" land. */
    private static boolean notAParty(Party p, String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 12));
        return switch (p) {
            case LAB -> after.startsWith(" Together") || after.startsWith(" Friends");
            case GREEN -> after.matches("^ (belt|energy|investment|jobs|deal|light|paper)\\b.*");
            case RUK -> start == 0 && !after.startsWith(" UK") && after.matches("^ (of|to|is|was)\\b.*");
            case SPK -> false;
            default -> false;
        };
    }

    /** The code of this party in a table whose parties are {@code codes}: its own, else its predecessor's. */
    public String codeIn(java.util.Collection<String> codes) {
        if (codes.contains(code)) {
            return code;
        }
        return predecessor != null && codes.contains(predecessor) ? predecessor : null;
    }
}
