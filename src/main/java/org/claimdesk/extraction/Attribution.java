package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence-level context of a figure: who it is attributed to ("Jo White told the BBC",
 * "said Mr Milburn", "according to YouGov", "figures published by the Home Office", "she said"
 * resolved to the last named person), which hedges surround it, and which time expression places it.
 */
final class Attribution {

    private Attribution() {
    }

    /** The speaker of a sentence; {@code classes} is the union of its word classes. */
    static String speaker(String text, List<Token> t, DocumentContext ctx, long[] classes) {
        String found = null;
        int n = t.size();
        boolean cue = has(classes, WordClass.REPORT) || has(classes, WordClass.PASSIVE_BY) || has(classes, WordClass.ACCORDING);
        for (int v = 0; cue && v < n && found == null; v++) {
            Token tok = t.get(v);
            if (tok.is("according") && v + 2 < n && t.get(v + 1).is("to")) {
                found = nameAt(text, t, v + 2);
                if (found == null) {
                    found = words(text, t, v + 2, 3);
                }
            } else if ((tok.has(WordClass.REPORT) || tok.has(WordClass.PASSIVE_BY)) && v + 2 < n && t.get(v + 1).is("by")) {
                found = agent(text, t, v + 2); // "figures revealed by the Home Office"
            } else if (tok.has(WordClass.REPORT)) {
                found = subject(text, t, v, ctx);
                if (found == null && v + 1 < n && !tok.is("told")) {
                    found = nameAt(text, t, v + 1);
                }
            }
        }
        if (found != null || has(classes, WordClass.TITLE)) {
            rememberNames(text, t, ctx, found);
        }
        return found;
    }

    private static boolean has(long[] classes, WordClass c) {
        return (classes[c.word] & c.bit) != 0;
    }

    /** The name after "by" in a passive: "by the Home Office", "by YouGov". */
    private static String agent(String text, List<Token> t, int k) {
        int s = k < t.size() && t.get(k).is("the") ? k + 1 : k;
        return nameAt(text, t, s);
    }

    /** True when the sentence has an odd number of double quotation marks: it opens or closes a quote. */
    static boolean oddQuoteMarks(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                count++;
            }
        }
        return (count & 1) == 1;
    }

    private static String subject(String text, List<Token> t, int v, DocumentContext ctx) {
        if (v == 0) {
            return null;
        }
        Token p = t.get(v - 1);
        if (p.is("he") || p.is("she")) {
            return ctx.lastPerson;
        }
        int end = v - 1;
        if (p.isPunct(',')) {
            int k = end - 1; // skip an appositive: "Jo White, the MP for X, told"
            while (k > 0 && !t.get(k).isPunct(',') && end - k < 12) {
                k--;
            }
            if (k <= 0 || !t.get(k).isPunct(',')) {
                return null;
            }
            String appositive = nameEndingAt(text, t, v - 2);
            if (appositive != null && t.get(k + 1).capitalized && nameAt(text, t, k + 1) != null
                    && nameAt(text, t, k + 1).equals(appositive)) {
                return appositive; // "The chancellor, Rachel Reeves, announced"
            }
            end = k - 1;
        }
        return nameEndingAt(text, t, end);
    }

    private static String nameEndingAt(String text, List<Token> t, int end) {
        if (end < 0 || t.get(end).kind != Token.Kind.WORD || !t.get(end).capitalized) {
            return null;
        }
        int s = end;
        while (s > 0 && t.get(s - 1).kind == Token.Kind.WORD && end - s < 5) {
            Token w = t.get(s - 1);
            boolean joiner = (w.is("of") || w.is("for")) && s >= 2 && t.get(s - 2).capitalized;
            if (!(w.capitalized || w.has(WordClass.TITLE) || joiner)) {
                break;
            }
            s--; // "National Union of Teachers", "Mr Brown"
        }
        if (t.get(s).is("the") || t.get(s).is("but") || t.get(s).is("and")) {
            s++;
        }
        if (s > end || s == end && s == 0 && t.get(s).has(WordClass.NOT_A_SPEAKER)) {
            return null; // "Figures show...", "Officials said": capitalised only because the sentence starts there
        }
        return text.substring(t.get(s).start, t.get(end).end);
    }

    private static String nameAt(String text, List<Token> t, int s) {
        int k = s;
        while (k < t.size() && t.get(k).kind == Token.Kind.WORD && (t.get(k).capitalized || t.get(k).has(WordClass.TITLE))
                && k - s < 4) {
            k++;
        }
        return k == s ? null : text.substring(t.get(s).start, t.get(k - 1).end);
    }

    private static String words(String text, List<Token> t, int s, int max) {
        if (s < t.size() && (t.get(s).is("a") || t.get(s).is("an") || t.get(s).is("the"))) {
            return nameAt(text, t, s + 1) != null ? nameAt(text, t, s + 1) : words(text, t, s + 1, max);
        }
        int k = s;
        while (k < t.size() && t.get(k).kind == Token.Kind.WORD && k - s < max) {
            k++;
        }
        return k == s ? null : text.substring(t.get(s).start, t.get(k - 1).end);
    }

    /** Titled names ("Mr Brown") and multi-word speakers become the referent of later pronouns. */
    private static void rememberNames(String text, List<Token> t, DocumentContext ctx, String speaker) {
        if (speaker != null && speaker.indexOf(' ') > 0 && !speaker.equals(ctx.lastPerson)) {
            ctx.lastPerson = speaker;
            return;
        }
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).capitalized && t.get(k + 1).capitalized && t.get(k).has(WordClass.TITLE)
                    && t.get(k + 1).kind == Token.Kind.WORD) {
                ctx.lastPerson = text.substring(t.get(k).start, t.get(k + 1).end);
            }
        }
    }

    static List<String> hedges(List<Token> t, long[] classes) {
        List<String> out = new ArrayList<>();
        if (!has(classes, WordClass.HEDGE) && !has(classes, WordClass.LEAD)) {
            return out; // no hedge word and no "margin" of error
        }
        for (int k = 0; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.has(WordClass.HEDGE) && x.has(WordClass.NOUN_HEDGE) && k > 0
                    && (t.get(k - 1).kind == Token.Kind.NUM || t.get(k - 1).has(WordClass.HEDGE_DET))) {
                continue; // a hedge word used as a noun: "86,000 claims", "the estimate"
            }
            if (x.has(WordClass.HEDGE) && !out.contains(x.lower)) {
                out.add(x.lower);
            } else if (x.is("margin") && k + 2 < t.size() && t.get(k + 1).is("of") && t.get(k + 2).is("error")) {
                out.add("within the margin of error");
            }
        }
        return out;
    }

    /** Token ranges of time expressions in the sentence: "since ...", "in 2019", "last year", "on 5 May". */
    static List<int[]> timeExpressions(List<Token> t, List<QuantityPhrase> qs, ClaimFilter.Decision[] decisions,
                                       long[] sentenceClasses) {
        List<int[]> out = new ArrayList<>();
        int n = t.size();
        boolean timeWords = (sentenceClasses[WordClass.TIME.word] & WordClass.TIME.bit) != 0;
        for (int k = 0; timeWords && k < n; k++) {
            Token x = t.get(k);
            if (!x.has(WordClass.TIME)) {
                continue;
            }
            if (x.is("since") && k + 1 < n) {
                int e = k + 1;
                while (e < n && t.get(e).kind != Token.Kind.PUNCT && e - k <= 5 && !t.get(e).is("and")) {
                    e++;
                }
                out.add(new int[] {k, e});
            } else if ((x.is("last") || x.is("next") || x.is("this")) && k + 1 < n && t.get(k + 1).has(WordClass.PERIOD)) {
                out.add(new int[] {k, k + 2});
            } else if (x.is("yesterday") || x.is("today") || x.is("tomorrow") || x.is("tonight")) {
                out.add(new int[] {k, k + 1});
            }
        }
        for (int i = 0; i < qs.size(); i++) {
            QuantityPhrase m = qs.get(i);
            Exclusion reason = decisions[i].exclusion();
            boolean fragment = m.numStart() > 0 && (t.get(m.numStart() - 1).isDash() || t.get(m.numStart() - 1).isPunct('/'))
                    && t.get(m.numStart() - 1).end == t.get(m.numStart()).start;
            boolean dating = reason == Exclusion.YEAR || reason == Exclusion.DATE || reason == Exclusion.TIME_REFERENCE
                    || reason == Exclusion.RELATIVE_DATE;
            if (!fragment && dating) {
                int s = m.numStart();
                int e = m.end();
                if (e + 1 < n && (t.get(e).isDash() || t.get(e).isPunct('/')) && t.get(e + 1).kind == Token.Kind.NUM
                        && t.get(e).end == t.get(e + 1).start) {
                    e += 2; // "2024-25", "2003/4"
                }
                if (s > 0 && (t.get(s - 1).has(WordClass.YEAR_PREP) || t.get(s - 1).is("on"))) {
                    s--;
                }
                if (reason == Exclusion.DATE && e < n && t.get(e).capitalized) {
                    e++;
                }
                while (e < n && e - m.numEnd() < 2 && (t.get(e).is("general") || t.get(e).is("election")
                        || t.get(e).is("budget"))) {
                    e++;
                }
                out.add(new int[] {s, e});
            }
        }
        return out;
    }

    static String nearestTime(String text, List<Token> t, List<int[]> exprs, QuantityPhrase m) {
        int[] best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int[] r : exprs) {
            if (r[0] < m.end() && m.start() < r[1]) {
                continue; // the figure itself
            }
            int d = r[0] >= m.end() ? r[0] - m.end() : m.start() - r[1];
            if (d < bestDist) {
                bestDist = d;
                best = r;
            }
        }
        return best == null ? null : text.substring(t.get(best[0]).start, t.get(best[1] - 1).end);
    }
}
