package org.claimdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim a ClaimReview reviews, said short: the clause of the sentence that holds the figure,
 * without the attribution around it and without the sentence's other clauses (a sentence often
 * carries several figures, each its own claim). Fact-check readers show {@code claimReviewed} in one
 * or two lines, hence the length limit.
 */
final class ClaimRestatement {

    /** Longest restatement, in characters; a longer clause is cut to the words around the figure. */
    static final int MAX = 110;

    /** A clause with fewer words than this beside the figure takes in its neighbour ("9,000 joined"). */
    private static final int MIN_CONTEXT_WORDS = 2;

    /**
     * Where a clause ends: a semicolon, a colon, a spaced dash, a comma followed by a space (not the
     * comma in "12,000") and conjunctions that join clauses rather than names. Brackets are not: what
     * they hold belongs to the clause around them.
     */
    private static final Pattern BOUNDARY = Pattern.compile(
            "[;:]|\\s[\u2013\u2014-]\\s|,(?=\\s)|\\s(?:while|whereas|although|though|but)\\s",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> LEADING_WORDS = Set.of("and", "but", "while", "whereas", "although", "though",
            "or", "so");
    private static final String QUOTES = "\"\u201c\u201d";

    private ClaimRestatement() {
    }

    /**
     * @param quoteStart where the quote starts in the sentence, or -1 to look for it
     */
    static String of(String sentence, String quote, int quoteStart) {
        if (sentence == null || sentence.isBlank() || quote == null || quote.isBlank()) {
            return quote;
        }
        int at = quoteStart >= 0 && sentence.startsWith(quote, quoteStart) ? quoteStart : sentence.indexOf(quote);
        if (at < 0) {
            return quote; // the quote was edited and no longer stands in the sentence
        }
        int end = at + quote.length();
        List<int[]> cuts = boundaries(sentence);
        int left = cuts.size();
        while (left > 0 && cuts.get(left - 1)[1] > at) {
            left--;
        }
        int right = left;
        while (right < cuts.size() && cuts.get(right)[0] < end) {
            right++;
        }
        // [from, to) is the clause: between the nearest boundaries outside the quote
        int from = left == 0 ? 0 : cuts.get(left - 1)[1];
        int to = right == cuts.size() ? sentence.length() : cuts.get(right)[0];
        while (words(sentence.substring(from, to)) - words(quote) < MIN_CONTEXT_WORDS && (left > 0 || right < cuts.size())) {
            int wider = left > 0 ? (left - 1 == 0 ? 0 : cuts.get(left - 2)[1]) : from;
            if (left > 0 && to - wider <= MAX) {
                left--;
                from = wider;
            } else if (right < cuts.size()) {
                int widerTo = right + 1 == cuts.size() ? sentence.length() : cuts.get(right + 1)[0];
                if (widerTo - from > MAX) {
                    break;
                }
                right++;
                to = widerTo;
            } else {
                break;
            }
        }
        String clause = tidy(sentence.substring(from, to));
        if (clause.length() <= MAX) {
            return capitalised(clause);
        }
        return capitalised(window(sentence, at, end));
    }

    private static List<int[]> boundaries(String sentence) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        while (m.find()) {
            cuts.add(new int[] { m.start(), m.end() });
        }
        return cuts;
    }

    /** The words around the figure, as many as fit, with an ellipsis where the sentence goes on. */
    private static String window(String sentence, int at, int end) {
        int from = at;
        int to = end;
        boolean grew = true;
        while (grew) {
            grew = false;
            int left = previousWord(sentence, from);
            if (left < from && to - left <= MAX - 2) {
                from = left;
                grew = true;
            }
            int right = nextWord(sentence, to);
            if (right > to && right - from <= MAX - 2) {
                to = right;
                grew = true;
            }
        }
        String text = tidy(sentence.substring(from, to));
        return (from > 0 ? "\u2026" : "") + text + (to < sentence.length() ? "\u2026" : "");
    }

    private static int previousWord(String s, int from) {
        int i = from;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int nextWord(String s, int to) {
        int i = to;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Without the punctuation, quote marks and conjunction left over at its ends. */
    private static String tidy(String clause) {
        String s = clause.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String first = s.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (LEADING_WORDS.contains(first) && s.length() > first.length()) {
                s = s.substring(first.length()).strip();
                changed = true;
            }
            while (!s.isEmpty() && ",;:.!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            }
            while (!s.isEmpty() && ",;:".indexOf(s.charAt(0)) >= 0) {
                s = s.substring(1).strip();
                changed = true;
            }
            if (s.length() > 1 && QUOTES.indexOf(s.charAt(0)) >= 0 && unbalanced(s)) {
                s = s.substring(1).strip();
                changed = true;
            } else if (s.length() > 1 && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0 && unbalanced(s)) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            } else if (s.length() > 2 && QUOTES.indexOf(s.charAt(0)) >= 0
                    && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0 && marks(s) == 2) {
                s = s.substring(1, s.length() - 1).strip(); // the whole clause is one quotation
                changed = true;
            }
        }
        return s;
    }

    /** Quotation marks that do not pair up; single quotes are left alone, being mostly apostrophes. */
    private static boolean unbalanced(String s) {
        return marks(s) % 2 == 1;
    }

    private static int marks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                n++;
            }
        }
        return n;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String capitalised(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
