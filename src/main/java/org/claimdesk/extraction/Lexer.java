package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into tokens in a single left-to-right pass. A number keeps what is glued to it
 * when the tables know it: a scale ({@code £2.5bn}, {@code S$3mil}), a unit ({@code 50mg},
 * {@code 3kW}), a minor currency unit ({@code 245p}), an ordinal, clock or decade suffix; a sign
 * ({@code -1.4%}, {@code $-12.3bn}) and an exponent ({@code 6.02×10^23}, {@code 1.5e6}) belong to it
 * too. A currency written before a number is one token ({@code RM}, {@code US$}, {@code EUR}).
 * Letters glued to digits in any other way ({@code G8}, {@code 5G}, {@code M1}) make an identifier.
 */
final class Lexer {

    /** Longest digit run parsed into a BigDecimal; longer runs are not quantities anybody writes. */
    private static final int MAX_DIGITS = 40;
    /** Largest power of ten read from an exponent: beyond it the "number" is a code or garbage. */
    private static final int MAX_EXPONENT = 100;
    private static final String[] ASCII = new String[128];
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Lexer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        return tokenize(text, from, to, new long[WordClass.WORDS]);
    }

    /** Tokenizes, and ORs the word classes of the sentence's words into {@code classes}. */
    static List<Token> tokenize(String text, int from, int to, long[] classes) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (isDigit(c)) {
                i = number(text, i, i, to, false, out);
            } else if ((c == '-' || c == '\u2212' || c == '+') && i + 1 < to && signAllowed(text, from, i, out)) {
                char next = text.charAt(i + 1);
                Currencies.Match money = isDigit(next) || c == '+' ? null : Currencies.prefixAt(text, i + 1, to);
                if (isDigit(next)) {
                    i = number(text, i, i + 1, to, c != '+', out);
                } else if (money != null && numberAt(text, i + 1 + money.length(), to)) {
                    out.add(Token.currency(i, i + 1 + money.length(), money.form(), money.money(), true)); // "-£5m"
                    i += 1 + money.length();
                } else {
                    out.add(punct(text, i));
                    i++;
                }
            } else if (Currencies.symbolStart(c) || Character.isUpperCase(c)) {
                Currencies.Match money = Currencies.prefixAt(text, i, to);
                if (money != null) {
                    out.add(Token.currency(i, i + money.length(), money.form(), money.money(), false));
                    i += money.length();
                } else if (Character.isLetter(c)) {
                    i = word(text, i, to, out, classes);
                } else {
                    out.add(punct(text, i));
                    i++;
                }
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, out, classes);
            } else if (c == '%') {
                out.add(Token.symbol(Token.Kind.PERCENT, i, i + 1, "%"));
                i++;
            } else {
                out.add(punct(text, i));
                i++;
            }
        }
        return out;
    }

    private static Token punct(String text, int i) {
        char c = text.charAt(i);
        String p = c == '\u2014' || c == '\u2212' ? "-" : c < 128 ? ASCII[c] : String.valueOf(c);
        return Token.symbol(Token.Kind.PUNCT, i, i + 1, p);
    }

    /**
     * A sign starts a number only where a number can start: after a space, an opening bracket or
     * quote, or a currency glued before it ("$-12.3bn"); never glued after a word or a number, where
     * the dash joins a range ("10-20") or a name ("Covid-19").
     */
    private static boolean signAllowed(String text, int from, int i, List<Token> out) {
        if (i == from) {
            return true;
        }
        char p = text.charAt(i - 1);
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (Character.isWhitespace(p)) {
            return last == null || last.kind != Token.Kind.NUM; // "10 -20" is a range written loosely
        }
        if ("([{\"'\u201c\u2018".indexOf(p) >= 0) {
            return true;
        }
        return last != null && last.kind == Token.Kind.CURRENCY && last.end == i;
    }

    private static boolean numberAt(String text, int i, int to) {
        int k = i;
        if (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
            k++;
        }
        return k < to && isDigit(text.charAt(k));
    }

    private static int number(String text, int tokStart, int start, int to, boolean negative, List<Token> out) {
        int i = start;
        boolean grouped = false;
        boolean decimal = false;
        boolean clock = false;
        while (i < to) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.' || c == ':') && i + 1 < to && isDigit(text.charAt(i + 1))) {
                if (c == ',') {
                    grouped = true;
                } else if (c == ':') {
                    clock = true;
                } else if (decimal) {
                    break; // a second dot: "1.2.3" is not one number
                } else {
                    decimal = true;
                }
                i++;
            } else {
                break;
            }
        }
        int numEnd = i;
        int exponent = 0;
        int[] exp = clock ? null : exponent(text, numEnd, to, start);
        if (exp != null) {
            exponent = exp[0];
            i = exp[1];
        }
        int sufStart = i;
        int sufEnd = i;
        if (sufEnd < to && text.charAt(sufEnd) == '\u00b0') {
            sufEnd++; // "40°C"
        }
        while (sufEnd < to && isAsciiLetter(text.charAt(sufEnd))) {
            sufEnd++;
        }
        if (sufEnd + 1 < to && sufEnd > sufStart && text.charAt(sufEnd) == '/' && isAsciiLetter(text.charAt(sufEnd + 1))) {
            int e = sufEnd + 1;
            while (e < to && isAsciiLetter(text.charAt(e))) {
                e++;
            }
            if (Units.glued(text.substring(sufStart, e)) != null) {
                sufEnd = e; // "300km/h"
            }
        }
        String suffix = text.substring(sufStart, sufEnd);
        String lower = suffix.toLowerCase(Locale.ROOT);
        boolean bounded = sufEnd >= to || !Character.isLetterOrDigit(text.charAt(sufEnd));
        long scale = 0;
        Units.Unit unit = null;
        Currencies.Money minor = null;
        int end = sufEnd;
        if (suffix.isEmpty()) {
            lower = "";
            if (numEnd + 2 < to && exp == null && (text.charAt(numEnd) == '\'' || text.charAt(numEnd) == '\u2019')
                    && text.charAt(numEnd + 1) == 's' && (numEnd + 2 >= to || !Character.isLetter(text.charAt(numEnd + 2)))) {
                lower = "s"; // "the 30's"
                suffix = "'s";
                end = numEnd + 2;
            }
        } else if (!bounded) {
            return ident(text, tokStart, to, out);
        } else if (Scales.suffix(lower) > 0 && exp == null) {
            scale = Scales.suffix(lower);
        } else if (isOrdinalOrClock(lower) || suffix.equals("s") || lower.equals("pc")) {
            // kept as the suffix: the claim filter and the parser read it
        } else if (Currencies.gluedMinor(suffix) != null) {
            minor = Currencies.gluedMinor(suffix);
        } else if (Units.glued(suffix) != null) {
            unit = Units.glued(suffix);
        } else if (suffix.length() >= 3 && suffix.equals(lower)) {
            suffix = ""; // a glued lower-case word ("5,001and") is a missing space: it splits off
            lower = "";
            end = sufStart;
        } else {
            return ident(text, tokStart, to, out); // a code such as "5G", "3D", "4x4"
        }
        BigDecimal value = clock ? null : parse(text.substring(start, numEnd), grouped, decimal);
        if (value != null && exponent != 0) {
            value = value.scaleByPowerOfTen(exponent);
        }
        if (value != null && negative) {
            value = value.negate();
        }
        out.add(Token.number(tokStart, end, suffix, clock ? ":" : lower, value, grouped, decimal || exp != null,
                negative, scale, unit, minor));
        return end;
    }

    private static boolean isOrdinalOrClock(String lower) {
        return switch (lower) {
            case "st", "nd", "rd", "th", "am", "pm", "gmt", "bst", "hrs" -> true;
            default -> false;
        };
    }

    /**
     * An exponent after the digits: "e23"/"E-7" glued, or "×10^23", "x 10^23", "×10²³"; returns
     * {exponent, end} or null. A bare "10^6" is read by the caller as 1 × 10^6.
     */
    private static int[] exponent(String text, int numEnd, int to, int start) {
        int k = numEnd;
        if (k < to && (text.charAt(k) == 'e' || text.charAt(k) == 'E')) {
            int j = k + 1;
            boolean minus = false;
            if (j < to && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
                minus = text.charAt(j) == '-';
                j++;
            }
            int d = j;
            while (j < to && isDigit(text.charAt(j)) && j - d < 4) {
                j++;
            }
            if (j > d && (j >= to || !Character.isLetterOrDigit(text.charAt(j)))) {
                int e = Integer.parseInt(text.substring(d, j));
                return e <= MAX_EXPONENT ? new int[] {minus ? -e : e, j} : null;
            }
            return null;
        }
        if (k < to && text.charAt(k) == '^' && numEnd - start == 2 && text.startsWith("10", start)) {
            return power(text, k, to, -1); // "10^6": the caller's digits are the base
        }
        if (k < to && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= to || "\u00d7xX*\u00b7".indexOf(text.charAt(k)) < 0) {
            return null;
        }
        k++;
        if (k < to && text.charAt(k) == ' ') {
            k++;
        }
        if (k + 2 >= to || !text.startsWith("10", k)) {
            return null;
        }
        return power(text, k + 2, to, 0);
    }

    /** Reads "^23", "^-7" or superscript digits at k; {@code bias} -1 turns the base 10 into 1 × 10^n. */
    private static int[] power(String text, int k, int to, int bias) {
        int j = k;
        boolean caret = j < to && text.charAt(j) == '^';
        if (caret) {
            j++;
        }
        boolean minus = false;
        if (j < to && (text.charAt(j) == '-' || text.charAt(j) == '\u2212' || text.charAt(j) == '\u207b')) {
            minus = true;
            j++;
        }
        int d = j;
        int e = 0;
        while (j < to && j - d < 3) {
            char c = text.charAt(j);
            int digit = caret ? (isDigit(c) ? c - '0' : -1) : SUPERSCRIPTS.indexOf(c);
            if (digit < 0) {
                break;
            }
            e = e * 10 + digit;
            j++;
        }
        if (j == d || j < to && Character.isLetterOrDigit(text.charAt(j)) && SUPERSCRIPTS.indexOf(text.charAt(j)) < 0) {
            return null;
        }
        int exponent = (minus ? -e : e) + bias;
        return Math.abs(exponent) <= MAX_EXPONENT ? new int[] {exponent, j} : null;
    }

    private static int ident(String text, int start, int to, List<Token> out) {
        int e = start;
        while (e < to && (Character.isLetterOrDigit(text.charAt(e)) || e == start)) {
            e++;
        }
        String raw = text.substring(start, e);
        out.add(Token.word(Token.Kind.IDENT, start, e, raw, raw.toLowerCase(Locale.ROOT)));
        return e;
    }

    /**
     * Parses digits with separators. A last group of fewer than three digits after a comma is a
     * typo for a thousands group ({@code £135,00}): the writer evidently meant 135,000.
     */
    static BigDecimal parse(String s, boolean grouped, boolean decimal) {
        if (s.length() > MAX_DIGITS) {
            return null;
        }
        String digits = s;
        if (grouped) {
            StringBuilder sb = new StringBuilder(s.length());
            int lastComma = s.lastIndexOf(',');
            int dot = s.indexOf('.');
            int groupEnd = dot < 0 ? s.length() : dot;
            for (int k = 0; k < s.length(); k++) {
                char ch = s.charAt(k);
                if (ch != ',') {
                    sb.append(ch);
                }
                if (k == groupEnd - 1 && lastComma >= 0 && lastComma < groupEnd) {
                    for (int pad = groupEnd - lastComma - 1; pad < 3; pad++) {
                        sb.append('0');
                    }
                }
            }
            digits = sb.toString();
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int word(String text, int start, int to, List<Token> out, long[] classes) {
        int i = start;
        boolean hasDigit = false;
        boolean lower = true;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                i++; // the common case first: most chars of most words
            } else if (Character.isLetter(c)) {
                lower &= !Character.isUpperCase(c) && c < 128;
                i++;
            } else if (isDigit(c)) {
                hasDigit = true;
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        String raw = text.substring(start, i);
        Token t = Token.word(hasDigit ? Token.Kind.IDENT : Token.Kind.WORD, start, i, raw,
                lower ? raw : raw.toLowerCase(Locale.ROOT));
        out.add(t);
        if (t.classes != Lexicon.NONE) {
            for (int w = 0; w < classes.length; w++) {
                classes[w] |= t.classes[w];
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
