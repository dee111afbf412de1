package org.claimdesk.extraction.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences. Every line break ends a sentence (news text puts headlines, bylines
 * and paragraphs on lines of their own); inside a line ICU's sentence BreakIterator decides, and
 * breaks after abbreviations such as "Mr." or "No." and after initials are undone.
 * Thread-safe: each call clones the prototype iterator.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "no", "nos", "sir", "prof", "rev", "gen", "col", "lt", "sgt", "capt",
            "cllr", "hon", "rt", "jr", "sr", "vs", "etc", "approx", "inc", "ltd", "co", "corp", "fig", "vol",
            "e.g", "i.e", "cf", "al", "mt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, it, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * The sentence around the chars [start, end) of a text, as {@link #split} cuts it: for a
     * claim marked by hand, the sentence to store with it. A range over several sentences gets
     * all of them; a range in the blank between sentences gets the next one on its line, or the
     * last one before it; the span always holds the range.
     *
     * @throws IllegalArgumentException when the range is not inside the text
     */
    public static Sentence around(String text, int start, int end) {
        if (text == null || start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is not inside the text");
        }
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int to = text.indexOf('\n', end > start ? end - 1 : start);
        if (to < 0) {
            to = text.length();
        }
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        for (int s = from; s <= to; ) {
            int e = text.indexOf('\n', s);
            if (e < 0 || e > to) {
                e = to;
            }
            splitLine(text, s, e, it, sentences);
            s = e + 1;
        }
        Sentence first = null;
        Sentence last = null;
        for (Sentence x : sentences) {
            if (x.start() < Math.max(end, start + 1) && x.end() > start) {
                first = first == null ? x : first;
                last = x;
            }
        }
        if (first == null) {
            for (Sentence x : sentences) {
                if (x.start() >= start) {
                    first = last = x;
                    break;
                }
            }
            if (first == null && !sentences.isEmpty()) {
                first = last = sentences.get(sentences.size() - 1);
            }
            if (first == null) {
                return new Sentence(start, end);
            }
        }
        return new Sentence(Math.min(first.start(), start), Math.max(last.end(), end));
    }

    private static void splitLine(String text, int from, int to, BreakIterator it, List<Sentence> out) {
        int s = skipSpace(text, from, to);
        if (s >= to) {
            return;
        }
        it.setText(text.substring(s, to));
        int start = 0;
        int prevBreak = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (b < to - s && (afterAbbreviation(text, s, s + prevBreak, s + b) || Character.isLowerCase(text.charAt(s + b)))) {
                // a sentence never starts in lower case: '"Is that so?" he asked.' is one sentence
                prevBreak = b;
                continue;
            }
            add(text, s + start, s + b, out);
            start = b;
            prevBreak = b;
        }
        if (start < to - s) {
            add(text, s + start, to, out);
        }
    }

    /** True when the break at {@code b} follows "Mr.", "No.", "e.g." or a single initial like "J.". */
    private static boolean afterAbbreviation(String text, int lineStart, int segStart, int b) {
        int e = b;
        while (e > segStart && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= segStart || text.charAt(e - 1) != '.') {
            return false;
        }
        int w = e - 1;
        while (w > lineStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, e - 1).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // an initial
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        int s = skipSpace(text, from, to);
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(s, e));
        }
    }

    private static int skipSpace(String text, int from, int to) {
        int s = from;
        while (s < to && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }
}
