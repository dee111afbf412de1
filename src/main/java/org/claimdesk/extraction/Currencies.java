package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

/**
 * The currency table ({@code currencies.tsv}) completed from the ISO 4217 list the JDK carries
 * (codes and minor units) and from ICU's English symbols for the currencies the table does not
 * list. ICU's own list of codes in use is not read: it costs more than half a second at start-up.
 * The lexer asks {@link #prefixAt} for a currency written before a number; the parser asks for
 * currency words ({@link #wordAt}) and minor units ({@link #minorAt}) after one.
 */
final class Currencies {

    /** A currency: its ISO code and how many minor units make one major unit (1 when it has none). */
    record Money(String code, int minorFactor) {
    }

    /** A currency written in the text: which one, and how many chars or tokens it takes. */
    record Match(Money money, int length, boolean minor, String form) {
    }

    /**
     * Current ISO codes that are also English words or common abbreviations in capitals: they count
     * only glued to the digits ("TRY10"), never one space away ("ALL 50 MPs").
     */
    private static final Set<String> WORDLIKE_CODES = Set.of(
            "ALL", "TOP", "CUP", "MOP", "AMD", "PEN", "SOS", "MAD", "GEL", "TRY", "LAK", "BOB", "ANG", "ERN",
            "BAM", "CAD", "PLN", "HUF", "BIF", "MRU", "SAR", "UGX", "XXX");

    private static final Map<String, Money> BY_CODE = new HashMap<>();
    /** Forms written before the number, longest first: "US$", "RM", "£", "₹". */
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final Map<String, Money> PREFIX_MONEY = new HashMap<>();
    private static final Map<Character, List<String>> PREFIXES_BY_START = new HashMap<>();
    /** The same for ASCII first chars, without boxing a Character per capitalised word. */
    @SuppressWarnings("unchecked")
    private static final List<String>[] ASCII_STARTS = new List[128];
    /** Words after the number by their first word: "pounds", "hong" (kong dollars). */
    private static final Map<String, List<String[]>> WORDS = new HashMap<>();
    private static final Map<String, Money> WORD_MONEY = new HashMap<>();
    private static final Map<String, List<String[]>> MINOR_WORDS = new HashMap<>();
    private static final Map<String, Money> MINOR_MONEY = new HashMap<>();
    /** Minor units glued to digits ("245p"). */
    private static final Map<String, Money> GLUED_MINOR = new HashMap<>();
    /** Chars at which a symbol form may start (non-letters such as £, $, ₹). */
    private static final Set<Character> SYMBOL_STARTS = new HashSet<>();
    private static final boolean[] ASCII_SYMBOL_STARTS = new boolean[128];
    private static final Set<String> CURRENT_CODES = new HashSet<>();

    static {
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            if (!c.getCurrencyCode().startsWith("X") && c.getDefaultFractionDigits() >= 0) {
                CURRENT_CODES.add(c.getCurrencyCode()); // X..: gold, test and fund codes, no money a story quotes
            }
        }
        for (Table.Row row : rows()) {
            String code = row.cell(0);
            if (!CURRENT_CODES.contains(code)) {
                throw row.error("not an ISO 4217 code: " + code);
            }
            int factor;
            if (row.cell(4).isEmpty()) {
                factor = minorFactor(code);
            } else {
                try {
                    factor = Integer.parseInt(row.cell(4));
                } catch (NumberFormatException e) {
                    throw row.error("minor units per major unit must be a whole number: " + row.cell(4));
                }
            }
            Money money = new Money(code, factor);
            BY_CODE.put(code, money);
            for (String form : list(row.cell(1))) {
                prefix(form, money);
            }
            for (String form : list(row.cell(2))) {
                words(WORDS, WORD_MONEY, form, money);
            }
            for (String form : list(row.cell(3))) {
                if (factor <= 1) {
                    throw row.error(code + " has no minor unit, so it cannot have minor-unit words");
                }
                if (form.length() == 1) {
                    GLUED_MINOR.put(form, money);
                } else {
                    words(MINOR_WORDS, MINOR_MONEY, form, money);
                }
            }
        }
        for (String code : CURRENT_CODES) {
            BY_CODE.computeIfAbsent(code, k -> new Money(k, minorFactor(k)));
        }
        PREFIXES.sort(Comparator.comparingInt(String::length).reversed());
        for (String form : PREFIXES) {
            PREFIXES_BY_START.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
        }
        SYMBOL_STARTS.forEach(c -> {
            if (c < 128) {
                ASCII_SYMBOL_STARTS[c] = true;
            }
        });
        PREFIXES_BY_START.forEach((c, forms) -> {
            if (c < 128) {
                ASCII_STARTS[c] = forms;
            }
        });
    }

    private Currencies() {
    }

    private static int minorFactor(String code) {
        return (int) Math.pow(10, java.util.Currency.getInstance(code).getDefaultFractionDigits());
    }

    static List<Table.Row> rows() {
        return Table.read("currencies.tsv", 5, 5);
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void prefix(String form, Money money) {
        if (PREFIX_MONEY.putIfAbsent(form, money) == null) {
            PREFIXES.add(form);
            if (!Character.isLetter(form.charAt(0))) {
                SYMBOL_STARTS.add(form.charAt(0));
            }
        }
    }

    private static void words(Map<String, List<String[]>> index, Map<String, Money> money, String form, Money m) {
        String lower = form.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("\\s+");
        index.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
        index.get(parts[0]).sort(Comparator.comparingInt((String[] p) -> p.length).reversed());
        money.put(lower, m);
    }

    /** True when {@code c} may start a currency symbol (£, $, €, ¥, ₹...): the lexer's quick test. */
    static boolean symbolStart(char c) {
        return c < 128 ? ASCII_SYMBOL_STARTS[c] : SYMBOL_STARTS.contains(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    /**
     * ICU's one-character symbols (₦, ₱, ₾...), for currencies the table does not list. Read on
     * the first such symbol in a text: most runs never meet one, and ICU's data takes a while to load.
     */
    private static final class IcuSymbols {
        static final Map<Character, Money> BY_CHAR = new HashMap<>();

        static {
            for (String code : CURRENT_CODES) {
                Currency c = Currency.getInstance(code);
                for (String symbol : new String[] {c.getSymbol(ULocale.ENGLISH),
                        c.getName(ULocale.ENGLISH, Currency.NARROW_SYMBOL_NAME, null)}) {
                    if (symbol.length() == 1 && Character.getType(symbol.charAt(0)) == Character.CURRENCY_SYMBOL
                            && !PREFIX_MONEY.containsKey(symbol)) {
                        BY_CHAR.putIfAbsent(symbol.charAt(0), BY_CODE.get(code));
                    }
                }
            }
        }
    }

    /**
     * A currency written at {@code i} before a number: a symbol ("£", "₹"), a prefix ("US$", "RM",
     * "Rs.") or a current ISO code in capitals ("EUR"). Letter forms must start a word and be
     * followed by the number, glued or one space away (codes that are also words only glued);
     * symbols are taken wherever they stand.
     */
    static Match prefixAt(String text, int i, int to) {
        char c = text.charAt(i);
        boolean letter = Character.isLetter(c);
        if (letter && (!Character.isUpperCase(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                || !numberWithin(text, i, to))) {
            return null;
        }
        List<String> forms = c < 128 ? ASCII_STARTS[c] : PREFIXES_BY_START.get(c);
        if (forms == null && !letter && c >= 128 && Character.getType(c) == Character.CURRENCY_SYMBOL) {
            Money icu = IcuSymbols.BY_CHAR.get(c);
            return icu == null ? null : new Match(icu, 1, false, String.valueOf(c));
        }
        for (String form : forms == null ? List.<String>of() : forms) {
            if (text.startsWith(form, i) && i + form.length() <= to) {
                int e = i + form.length();
                if (!letter || numberFollows(text, e, to, true)) {
                    return new Match(PREFIX_MONEY.get(form), form.length(), false, form);
                }
            }
        }
        if (letter && i + 3 <= to && Character.isUpperCase(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 2))) {
            String code = text.substring(i, i + 3);
            if (CURRENT_CODES.contains(code) && (i + 3 == to || !Character.isLetter(text.charAt(i + 3)))) {
                boolean glued = i + 3 < to && isDigit(text.charAt(i + 3));
                if (glued || !WORDLIKE_CODES.contains(code) && numberFollows(text, i + 3, to, true)) {
                    return new Match(BY_CODE.get(code), 3, false, code);
                }
            }
        }
        return null;
    }

    /** A quick test for the letter forms: a number follows within a few letters, "$" or "." and one space. */
    private static boolean numberWithin(String text, int i, int to) {
        int k = i + 1;
        while (k < to && k - i < 4 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '$' || text.charAt(k) == '.')) {
            k++;
        }
        return numberFollows(text, k, to, true);
    }

    /** A digit (or a signed digit) at {@code e}, or after one space when {@code spaced}. */
    private static boolean numberFollows(String text, int e, int to, boolean spaced) {
        int k = e;
        if (spaced && k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
            k++;
        }
        if (k < to && (text.charAt(k) == '-' || text.charAt(k) == '\u2212')) {
            k++;
        }
        return k < to && isDigit(text.charAt(k));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A current ISO code written in capitals as a word ("4.5bn USD"), or null. */
    static Money code(String raw) {
        if (raw.length() != 3 || !CURRENT_CODES.contains(raw) || WORDLIKE_CODES.contains(raw)) {
            return null;
        }
        return BY_CODE.get(raw);
    }

    /** A currency word or words at token k ("pounds", "hong kong dollars"), or null. */
    static Match wordAt(List<Token> t, int k) {
        return match(t, k, WORDS, WORD_MONEY, false);
    }

    /** A minor-unit word at token k ("pence", "cents", "sen"), or null. */
    static Match minorAt(List<Token> t, int k) {
        return match(t, k, MINOR_WORDS, MINOR_MONEY, true);
    }

    /** The currency of a minor unit glued to digits ("p" of "245p"), or null. */
    static Money gluedMinor(String suffix) {
        return GLUED_MINOR.get(suffix);
    }

    private static Match match(List<Token> t, int k, Map<String, List<String[]>> index, Map<String, Money> money,
                               boolean minor) {
        if (k >= t.size() || t.get(k).kind != Token.Kind.WORD) {
            return null;
        }
        List<String[]> forms = index.get(t.get(k).lower);
        if (forms == null) {
            return null;
        }
        for (String[] parts : forms) {
            if (k + parts.length > t.size()) {
                continue;
            }
            boolean all = true;
            for (int p = 1; p < parts.length && all; p++) {
                all = t.get(k + p).kind == Token.Kind.WORD && t.get(k + p).lower.equals(parts[p]);
            }
            if (all) {
                String form = String.join(" ", parts);
                return new Match(money.get(form), parts.length, minor, form);
            }
        }
        return null;
    }
}
