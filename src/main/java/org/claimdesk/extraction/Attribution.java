package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence-level context of a figure: who it is attributed to ("Jo White told the BBC",
 * "said Mr Milburn", "according to YouGov", "she said" resolved to the last named person),
 * which hedges surround it, and which time expression places it.
 */
final class Attribution {

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "baroness", "dame", "prof", "professor");
    private static final Set<String> PERIODS = Set.of(
            "year", "month", "week", "autumn", "spring", "summer", "winter", "quarter", "decade", "night",
            "weekend", "term", "parliament", "session", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "election", "time");
    private static final Set<String> YEAR_PREPS = Set.of("in", "by", "from", "until", "during", "before", "after", "since", "of");

    private Attribution() {
    }

    static String speaker(String text, List<Token> t, DocumentContext ctx) {
        String found = null;
        int n = t.size();
        for (int v = 0; v < n && found == null; v++) {
            Token tok = t.get(v);
            if (tok.is("according") && v + 2 < n && t.get(v + 1).is("to")) {
                found = nameAt(text, t, v + 2);
                if (found == null) {
                    found = words(text, t, v + 2, 3);
                }
            } else if (tok.has(Lexicon.REPORT)) {
                found = subject(text, t, v, ctx);
                if (found == null && v + 1 < n && !tok.is("told")) {
                    found = nameAt(text, t, v + 1);
                }
            }
        }
        rememberNames(text, t, ctx, found);
        return found;
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
            if (!(w.capitalized || TITLES.contains(w.lower) || joiner)) {
                break;
            }
            s--; // "National Union of Teachers", "Mr Brown"
        }
        if (t.get(s).is("the") || t.get(s).is("but") || t.get(s).is("and")) {
            s++;
        }
        return s > end ? null : text.substring(t.get(s).start, t.get(end).end);
    }

    private static String nameAt(String text, List<Token> t, int s) {
        int k = s;
        while (k < t.size() && t.get(k).kind == Token.Kind.WORD && (t.get(k).capitalized || TITLES.contains(t.get(k).lower))
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
            if (t.get(k).capitalized && t.get(k + 1).capitalized && TITLES.contains(t.get(k).lower)
                    && t.get(k + 1).kind == Token.Kind.WORD) {
                ctx.lastPerson = text.substring(t.get(k).start, t.get(k + 1).end);
            }
        }
    }

    /** Hedge words that are also nouns: after a number or a determiner they name things ("86,000 claims"). */
    private static final Set<String> NOUN_HEDGES = Set.of("claim", "claims", "estimate", "estimates", "forecast");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "these", "those", "such", "new", "asylum");

    static List<String> hedges(List<Token> t) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.has(Lexicon.HEDGE) && NOUN_HEDGES.contains(x.lower) && k > 0
                    && (t.get(k - 1).kind == Token.Kind.NUM || DETERMINERS.contains(t.get(k - 1).lower))) {
                continue;
            }
            if (x.has(Lexicon.HEDGE) && !out.contains(x.lower)) {
                out.add(x.lower);
            } else if (x.is("margin") && k + 2 < t.size() && t.get(k + 1).is("of") && t.get(k + 2).is("error")) {
                out.add("within the margin of error");
            }
        }
        return out;
    }

    /** Token ranges of time expressions in the sentence: "since ...", "in 2019", "last year", "on 5 May". */
    static List<int[]> timeExpressions(List<Token> t, List<Mention> ms) {
        List<int[]> out = new ArrayList<>();
        int n = t.size();
        for (int k = 0; k < n; k++) {
            Token x = t.get(k);
            if (!x.has(Lexicon.TIME)) {
                continue;
            }
            if (x.is("since") && k + 1 < n) {
                int e = k + 1;
                while (e < n && t.get(e).kind != Token.Kind.PUNCT && e - k <= 5 && !t.get(e).is("and")) {
                    e++;
                }
                out.add(new int[] {k, e});
            } else if ((x.is("last") || x.is("next") || x.is("this")) && k + 1 < n && PERIODS.contains(t.get(k + 1).lower)) {
                out.add(new int[] {k, k + 2});
            } else if (x.is("yesterday") || x.is("today") || x.is("tomorrow") || x.is("tonight")) {
                out.add(new int[] {k, k + 1});
            }
        }
        for (Mention m : ms) {
            boolean fragment = m.numStart > 0 && (t.get(m.numStart - 1).isDash() || t.get(m.numStart - 1).isPunct('/'))
                    && t.get(m.numStart - 1).end == t.get(m.numStart).start;
            if (!fragment && ("year".equals(m.reason) || "date".equals(m.reason) || "time-reference".equals(m.reason))) {
                int s = m.numStart;
                int e = m.endTok;
                if (e + 1 < n && (t.get(e).isDash() || t.get(e).isPunct('/')) && t.get(e + 1).kind == Token.Kind.NUM
                        && t.get(e).end == t.get(e + 1).start) {
                    e += 2; // "2024-25", "2003/4"
                }
                if (s > 0 && (YEAR_PREPS.contains(t.get(s - 1).lower) || t.get(s - 1).is("on"))) {
                    s--;
                }
                if ("date".equals(m.reason) && e < n && t.get(e).capitalized) {
                    e++;
                }
                while (e < n && e - m.numEnd < 2 && (t.get(e).is("general") || t.get(e).is("election")
                        || t.get(e).is("budget"))) {
                    e++;
                }
                out.add(new int[] {s, e});
            }
        }
        return out;
    }

    static String nearestTime(String text, List<Token> t, List<int[]> exprs, Mention m) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int[] r : exprs) {
            if (r[0] < m.endTok && m.startTok < r[1]) {
                continue; // the figure itself
            }
            int d = r[0] >= m.endTok ? r[0] - m.endTok : m.startTok - r[1];
            if (d < bestDist) {
                bestDist = d;
                best = text.substring(t.get(r[0]).start, t.get(r[1] - 1).end);
            }
        }
        return best;
    }
}
