package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.List;

import org.claimdesk.extraction.QuantityPhrase.Kind;

/**
 * Finds the counted noun after a number ("40 Labour MPs", "128 worst hit schools",
 * "14,000 of those cases") without a part-of-speech tagger: it skips a few modifiers and takes the
 * first plural-looking word, stopping at function words and verbs. Part of the parsing stage.
 */
final class Nouns {

    private Nouns() {
    }

    /** True when the sentence sets or changes an age limit: "raise the pension age from 60 to 65". */
    static boolean policyAge(List<Token> t, int from, int to) {
        for (int k = Math.max(1, from); k < Math.min(t.size(), to); k++) {
            if (t.get(k).is("age") && t.get(k - 1).has(WordClass.AGE_POLICY)) {
                return true;
            }
        }
        return false;
    }

    /** {@code policyAge} tells whether the sentence sets an age limit ({@link #policyAge}), found once per sentence. */
    static void resolve(List<Token> t, QuantityParser.Draft m, boolean policyAge) {
        if (m.exclusion != null || m.kind == Kind.DURATION || m.kind == Kind.MULTIPLE || m.kind == Kind.MEASURE
                || m.kind == Kind.POINTS || m.kind == Kind.RATIO) {
            return;
        }
        int n = t.size();
        int k = m.endTok;
        if (m.bare() && !m.words && policyAge) {
            m.kind = Kind.DURATION;
            m.unit = "years";
            return;
        }
        // "a week" / "a year" after money is a rate and belongs to the quote.
        if (m.kind == Kind.MONEY && k + 1 < n && (t.get(k).is("a") || t.get(k).is("per") || t.get(k).is("an"))
                && Units.duration(t.get(k + 1).lower) != null) {
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
            if (tok.has(WordClass.NOUN_STOP) && !tok.capitalized || Units.duration(w) != null) {
                return; // "38% two years ago": a time word is never the counted noun
            }
            boolean irregular = tok.has(WordClass.IRREGULAR);
            if (irregular || (w.length() >= 3 && w.endsWith("s") && !w.endsWith("ss")
                    && !w.endsWith("us") && !tok.has(WordClass.NOT_PLURAL))) {
                if (m.kind == Kind.NUMBER && m.value.compareTo(BigDecimal.ONE) == 0 && hops == 0 && !irregular) {
                    return; // "one votes" is not English; a following plural is a verb
                }
                m.noun = w;
                m.nounEnd = k + 1;
                if (m.kind == Kind.NUMBER) {
                    m.unit = tok.has(WordClass.PERSONS) ? "people" : tok.capitalized ? tok.raw : w;
                    if (!sharedNoun) {
                        m.endTok = k + 1;
                    }
                }
                return;
            }
        }
    }
}
