package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into tokens in a single left-to-right pass. Numbers keep their attached
 * suffix ({@code £2.5bn}, {@code 50p}, {@code 11th}, {@code 8am}) so that later rules see one token;
 * letters glued to digits in any other way ({@code G8}, {@code M1}) become identifiers.
 */
final class NumberLexer {

    /** Suffixes that may be glued to a number and still belong to it. */
    private static final Set<String> SUFFIXES = Set.of(
            "m", "bn", "b", "k", "p", "pc", "mn", "tn", "trn", "st", "nd", "rd", "th", "s",
            "am", "pm", "km", "kg", "ft", "mph", "gmt", "bst", "hrs", "cm", "mm", "ml", "mw", "gw", "c");
    /** Longest digit run parsed into a BigDecimal; longer runs are not quantities anybody writes. */
    private static final int MAX_DIGITS = 40;

    private NumberLexer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || c == '\u00a0') {
                i++;
            } else if (c >= '0' && c <= '9') {
                i = number(text, i, to, out);
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, out);
            } else if (c == '£' || c == '$' || c == '€') {
                out.add(new Token(Token.Kind.CURRENCY, i, i + 1, String.valueOf(c), null, false, false, false));
                i++;
            } else if (c == '%') {
                out.add(new Token(Token.Kind.PERCENT, i, i + 1, "%", null, false, false, false));
                i++;
            } else {
                String p = c == '\u2014' ? "-" : String.valueOf(c);
                out.add(new Token(Token.Kind.PUNCT, i, i + 1, p, null, false, false, false));
                i++;
            }
        }
        return out;
    }

    private static int number(String text, int start, int to, List<Token> out) {
        int i = start;
        boolean grouped = false;
        boolean decimal = false;
        boolean clock = false;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
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
        int sufEnd = i;
        while (sufEnd < to && isAsciiLetter(text.charAt(sufEnd))) {
            sufEnd++;
        }
        String suffix = text.substring(numEnd, sufEnd).toLowerCase(Locale.ROOT);
        int end;
        if (sufEnd > numEnd && SUFFIXES.contains(suffix)
                && (sufEnd >= to || !Character.isLetterOrDigit(text.charAt(sufEnd)))) {
            end = sufEnd;
        } else if (numEnd + 2 < to && (text.charAt(numEnd) == '\'' || text.charAt(numEnd) == '\u2019')
                && text.charAt(numEnd + 1) == 's' && (numEnd + 2 >= to || !Character.isLetter(text.charAt(numEnd + 2)))) {
            suffix = "s"; // "the 30's"
            end = numEnd + 2;
        } else if (sufEnd > numEnd && !(sufEnd - numEnd >= 3 && suffix.equals(text.substring(numEnd, sufEnd)))) {
            // Letters glued to digits that are no unit: a code such as "5G", "3D", "4x4", "1e999".
            // A glued lower-case word ("5,001and") is a missing space and splits off instead.
            int e = sufEnd;
            while (e < to && Character.isLetterOrDigit(text.charAt(e))) {
                e++;
            }
            out.add(new Token(Token.Kind.IDENT, start, e, text.substring(start, e).toLowerCase(Locale.ROOT), null,
                    false, false, false));
            return e;
        } else {
            suffix = "";
            end = numEnd;
        }
        BigDecimal value = clock ? null : parse(text.substring(start, numEnd), grouped, decimal);
        out.add(new Token(Token.Kind.NUM, start, end, clock ? ":" : suffix, value, grouped, decimal, false));
        return end;
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

    private static int word(String text, int start, int to, List<Token> out) {
        int i = start;
        boolean hasDigit = false;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
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
        Token.Kind kind = hasDigit ? Token.Kind.IDENT : Token.Kind.WORD;
        out.add(new Token(kind, start, i, raw.toLowerCase(Locale.ROOT), null, false, false,
                Character.isUpperCase(raw.charAt(0))));
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
