package org.claimdesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Finds the counted noun after a number ("40 Labour MPs", "128 worst hit schools",
 * "14,000 of those cases") without a part-of-speech tagger: it skips a few modifiers and takes the
 * first plural-looking word, stopping at function words and verbs.
 */
final class UnitResolver {

    private static final Set<String> STOP = Set.of(
            "of", "to", "in", "on", "at", "for", "and", "or", "but", "the", "a", "an", "with", "from", "by",
            "than", "that", "which", "who", "were", "was", "are", "is", "had", "have", "has", "will", "would",
            "could", "should", "may", "might", "said", "say", "says", "this", "these", "those", "it", "its",
            "be", "been", "being", "as", "if", "per", "each", "every", "over", "under", "into", "since", "after",
            "before", "during", "while", "when", "where", "their", "his", "her", "our", "your", "my", "not", "no",
            "did", "do", "does", "can", "up", "out", "off", "so", "yet", "still", "just", "only", "all",
            "last", "next", "ago", "later", "earlier");
    /** Words ending in "s" that are not plural nouns. */
    private static final Set<String> NOT_PLURAL = Set.of(
            "was", "has", "is", "does", "says", "this", "its", "his", "hers", "us", "yes", "as", "less", "thus",
            "plus", "across", "unless", "always", "perhaps", "whereas", "besides", "towards", "afterwards",
            "news", "politics", "economics", "means", "series", "species", "various", "numerous", "previous",
            "famous", "serious", "obvious", "overseas", "whereabouts", "gets", "goes", "makes", "takes", "comes",
            "seems", "remains", "wants", "needs", "shows", "rises", "falls", "puts", "sets", "gives");
    private static final Set<String> IRREGULAR = Set.of(
            "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "youth", "clergy",
            "livestock", "gentry", "aircraft", "sheep", "deer", "fish", "folk", "electorate", "population");
    private static final Set<String> PERSONS = Set.of(
            "men", "women", "persons", "adults", "individuals", "workers", "supporters", "teenagers", "civilians",
            "soldiers", "servants", "monitors", "policemen", "pensioners", "residents", "protesters", "volunteers",
            "employees", "under-18s", "people");

    /** Words that make "age" a limit set by policy ("pension age"), which is a claim. */
    static final Set<String> AGE_POLICY = Set.of(
            "pension", "retirement", "voting", "leaving", "minimum", "legal", "criminal", "consent", "drinking");

    private UnitResolver() {
    }

    /** True when the sentence sets or changes an age limit: "raise the pension age from 60 to 65". */
    static boolean policyAge(List<Token> t, int from, int to) {
        for (int k = Math.max(1, from); k < Math.min(t.size(), to); k++) {
            if (t.get(k).is("age") && AGE_POLICY.contains(t.get(k - 1).lower)) {
                return true;
            }
        }
        return false;
    }

    static void resolve(String text, List<Token> t, Mention m) {
        if (m.reason != null || m.kind == Mention.Kind.DURATION || m.kind == Mention.Kind.MULTIPLE
                || m.kind == Mention.Kind.MEASURE || m.kind == Mention.Kind.POINTS || m.kind == Mention.Kind.RATIO) {
            return;
        }
        int n = t.size();
        int k = m.endTok;
        if (m.bare() && !m.words && policyAge(t, 0, n)) {
            m.kind = Mention.Kind.DURATION;
            m.unit = "years";
            return;
        }
        // "a week" / "a year" after money is a rate and belongs to the quote.
        if (m.kind == Mention.Kind.MONEY && k + 1 < n && (t.get(k).is("a") || t.get(k).is("per") || t.get(k).is("an"))
                && QuantityParser.DURATION_UNITS.containsKey(t.get(k + 1).lower)) {
            m.endTok = k + 2;
            return;
        }
        boolean sharedNoun = false;
        if (k < n && t.get(k).is("of")) {
            k++; // partitive: "14,000 of those cases", "40% of all pensioners"
            while (k < n && (t.get(k).is("the") || t.get(k).is("those") || t.get(k).is("these") || t.get(k).is("all")
                    || t.get(k).is("its") || t.get(k).is("their") || t.get(k).is("whom"))) {
                k++;
            }
            // "9 of the 57 seats": the part counts what the whole counts; the whole keeps its own quote
            if (m.bare() && k + 1 < n && t.get(k).kind == Token.Kind.NUM && t.get(k + 1).kind == Token.Kind.WORD) {
                k++;
                sharedNoun = true;
            }
        }
        for (int hops = 0; k < n && hops < 4; hops++, k++) {
            Token tok = t.get(k);
            if (tok.kind == Token.Kind.PUNCT && tok.isDash() && k + 1 < n && tok.end == t.get(k + 1).start) {
                continue; // "worst-hit", "Albanian-born"
            }
            if (tok.kind != Token.Kind.WORD) {
                return;
            }
            String w = tok.lower;
            if (STOP.contains(w) && !tok.capitalized || QuantityParser.DURATION_UNITS.containsKey(w)) {
                return; // "38% two years ago": a time word is never the counted noun
            }
            if (IRREGULAR.contains(w) || (w.length() >= 3 && w.endsWith("s") && !w.endsWith("ss")
                    && !w.endsWith("us") && !NOT_PLURAL.contains(w))) {
                if (m.kind == Mention.Kind.NUMBER && m.value.compareTo(java.math.BigDecimal.ONE) == 0 && hops == 0
                        && !IRREGULAR.contains(w)) {
                    return; // "one votes" is not English; a following plural is a verb
                }
                m.noun = w;
                m.nounEnd = k + 1;
                if (m.kind == Mention.Kind.NUMBER) {
                    m.unit = PERSONS.contains(w) ? "people" : tok.capitalized ? text.substring(tok.start, tok.end) : w;
                    if (!sharedNoun) {
                        m.endTok = k + 1;
                    }
                }
                return;
            }
        }
    }
}
