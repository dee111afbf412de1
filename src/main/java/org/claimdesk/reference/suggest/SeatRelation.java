package org.claimdesk.reference.suggest;

import java.util.regex.Pattern;

/**
 * What an election-results claim counts, as rows: the words that say it (matched in the figure's
 * clause, lower case), how specific they are, and an example its test runs. The query each builds
 * is in {@link Suggester}.
 */
public enum SeatRelation {
    SECOND_TO(4, "second(?:[- ]placed)? (?:place )?(?:to|behind)|runners?[- ]up (?:to|behind)",
            "The Liberal Democrats were second to the Tories in 80 seats."),
    SECOND(3, "second(?: place|[- ]placed)?|runners?[- ]up", "The Greens finished second in 40 constituencies."),
    GAINED(3, "gain(?:ed|s|ing)?|captur(?:ed|ing)|seiz(?:ed|ing)|flipp(?:ed|ing)|picked up|took \\S+ (?:seats? )?from"
            + "|won \\S+ (?:seats? )?from", "The Liberal Democrats gained 60 seats from the Conservatives."),
    LOST(3, "lost|losing|lose|shed|surrendered|gave up|defeated in", "The SNP lost 38 seats to Labour."),
    HELD(3, "(?:held|retained|kept|defended)(?! (?:on|onto|power|office|the (?:post|job|office|role))\\b)",
            "Labour held 200 seats."),
    VOTE_SHARE(4, "share of the vote|vote share|share of votes|of the (?:popular |national |total |uk )?vote"
            + "|of (?:all )?votes cast|of the votes", "Labour won 33.7% of the vote."),
    TURNOUT(4, "turnout|turned out|turn out|went to the polls|cast (?:a|their) (?:votes?|ballots?)",
            "Turnout fell to 60%."),
    MAJORITY(4, "majorit(?:y|ies)|won by|margin of|by (?:just |only |a mere |barely |around |about |some |nearly"
            + " |almost |fewer than |more than |over |under )?[\\d,]+ votes?", "Her majority in Aberdeen North was 1,760."),
    ELECTORATE(4, "electorate|registered (?:voters|electors|to vote)|eligible (?:voters|to vote)|electors"
            + "|on the electoral (?:register|roll)",
            "Aberdeen North has an electorate of 75,925."),
    VOTES(3, "votes?|voted|ballots|backed by|supporters at the polls", "Labour won 9.7 million votes."),
    WOMEN(4, "wom[ae]n (?:mps|members|candidates elected)|female mps|mps (?:who are|were) wom[ae]n"
            + "|wom[ae]n (?:were |have been |had been |now )?(?:elected|returned|sit|became mps)",
            "There are now 263 women MPs."),
    MEN(4, "male mps|men mps|(?<!wo)men elected", "Some 387 male MPs were elected."),
    /** Matched against the words just before the figure only. */
    TOTAL(5, "(?:(?:out )?of|across|in|from|among) (?:the|all|its|their|\\p{L}+'s)(?: the)?\\s*$|\\ball(?: the)?\\s*$"
            + "|(?:(?:out )?of|across|among) (?:the |all (?:the )?)?(?:[\\p{L}-]+ ){0,2}[\\p{L}-]+'s?\\s*$",
            "Labour won 411 of the 650 seats."),
    WON(2, "won|win|wins|winning|took|take|secured|returned|elected|reduced to|ha(?:s|d|ve)|holds?|held on to"
            + "|clung on to|hung on to|holding on to|with|now|on|total of|tally of|seats? (?:went|fell) to",
            "The Conservatives were reduced to 121 seats.");

    public final int weight;
    public final Pattern words;
    public final String example;

    SeatRelation(int weight, String words, String example) {
        this.weight = weight;
        this.words = Pattern.compile("\\b(?:" + words + ")" + (words.endsWith("$") ? "" : "\\b"),
                Pattern.CASE_INSENSITIVE);
        this.example = example;
    }
}
