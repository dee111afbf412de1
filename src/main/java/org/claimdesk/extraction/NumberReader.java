package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the value of one number at a token into a {@link NumberPhrase}: digits with their suffix
 * and a following scale word, spelled-out numbers combined arithmetically from the ICU-built
 * {@link NumberWords} table, vague round numbers ("tens of thousands", "several hundred") and a
 * spelled-out sign ("minus 40").
 */
final class NumberReader {

    static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

    private NumberReader() {
    }

    /** Reads a number starting at token i, or null. */
    static NumberPhrase read(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.kind == Token.Kind.NUM) {
            if (tok.num == null) {
                return null;
            }
            BigDecimal v = tok.num;
            long scale = tok.scale;
            if (scale > 0) {
                v = v.multiply(BigDecimal.valueOf(scale));
            }
            int end = i + 1;
            if (tok.lower.isEmpty() && end < t.size() && t.get(end).kind == Token.Kind.WORD) {
                long sc = Scales.word(t.get(end).lower);
                if (sc > 0) {
                    v = v.multiply(BigDecimal.valueOf(sc));
                    scale = sc;
                    end++;
                }
            }
            return new NumberPhrase(i, end, v, false, false, scale, tok.lower.equals("m"), tok.money);
        }
        if (tok.kind != Token.Kind.WORD) {
            return null;
        }
        if ((tok.is("minus") || tok.is("negative")) && i + 1 < t.size()
                && !(i >= 2 && t.get(i - 1).is("or") && t.get(i - 2).is("plus"))) {
            NumberPhrase n = i + 1 < t.size() && !t.get(i + 1).negative ? read(t, i + 1) : null;
            return n == null || n.value().signum() <= 0 ? null
                    : new NumberPhrase(i, n.end(), n.value().negate(), n.words(), n.vague(), n.scale(), n.mSuffix(), n.minor());
        }
        NumberPhrase vague = vague(t, i);
        if (vague != null) {
            return vague;
        }
        return words(t, i);
    }

    /** Vague round numbers take the value of their head word: "tens of thousands" 10000, "several hundred" 300. */
    private static NumberPhrase vague(List<Token> t, int i) {
        String w = t.get(i).lower;
        int n = t.size();
        long head = Scales.vague(w);
        if (head > 0) { // hundreds, thousands, millions
            if (i + 2 < n && t.get(i + 1).is("of") && Scales.vague(t.get(i + 2).lower) > 0) {
                long inner = Scales.vague(t.get(i + 2).lower);
                return vagueOf(i, i + 3, BigDecimal.valueOf(head).multiply(BigDecimal.valueOf(inner)), inner);
            }
            return vagueOf(i, i + 1, BigDecimal.valueOf(head), head);
        }
        if (w.equals("tens") && i + 2 < n && t.get(i + 1).is("of") && Scales.any(t.get(i + 2).lower) > 0) {
            long inner = Scales.any(t.get(i + 2).lower);
            return vagueOf(i, i + 3, BigDecimal.valueOf(10 * inner), inner);
        }
        if (w.equals("dozens")) {
            return vagueOf(i, i + 1, DOZEN, 0);
        }
        boolean aFew = w.equals("a") && i + 1 < n && t.get(i + 1).is("few") && !(i > 0 && t.get(i - 1).is("quite"));
        if (w.equals("several") || aFew) {
            int k = aFew ? i + 2 : i + 1;
            if (k < n && t.get(k).kind == Token.Kind.WORD) {
                long sc = Scales.word(t.get(k).lower);
                if (sc > 0) {
                    return vagueOf(i, k + 1, THREE.multiply(BigDecimal.valueOf(sc)), sc);
                }
                if (!t.get(k).is("of") && Units.duration(t.get(k).lower) == null) {
                    return vagueOf(i, k, THREE, 0); // "for several years" places an event, it counts nothing
                }
            }
            return null;
        }
        if (w.equals("a") && i + 3 < n && t.get(i + 1).is("couple") && t.get(i + 2).is("of")) {
            Token after = t.get(i + 3);
            long sc = Scales.word(after.lower);
            if (sc > 0) {
                return vagueOf(i, i + 4, TWO.multiply(BigDecimal.valueOf(sc)), sc); // "a couple of hundred"
            }
            return after.isWord() && Units.duration(after.lower) == null ? vagueOf(i, i + 3, TWO, 0) : null;
        }
        if ((w.equals("a") || w.equals("an")) && i + 1 < n) {
            Token next = t.get(i + 1);
            if (next.is("dozen")) {
                return new NumberPhrase(i, i + 2, DOZEN, true, false, 0, false, null);
            }
            if (next.kind == Token.Kind.WORD && Scales.word(next.lower) > 0) {
                return words(t, i + 1, BigDecimal.ONE, i);
            }
            return null;
        }
        if (w.equals("half") && i + 2 < n && t.get(i + 1).is("a") && Scales.word(t.get(i + 2).lower) >= 1000) {
            long sc = Scales.word(t.get(i + 2).lower);
            return new NumberPhrase(i, i + 3, HALF.multiply(BigDecimal.valueOf(sc)), true, false, sc, false, null);
        }
        return null;
    }

    private static NumberPhrase vagueOf(int start, int end, BigDecimal v, long scale) {
        return new NumberPhrase(start, end, v, true, true, scale, false, null);
    }

    private static NumberPhrase words(List<Token> t, int i) {
        if (NumberWords.small(t.get(i).lower) < 0 && !t.get(i).is("dozen")) {
            return null;
        }
        return words(t, i, null, i);
    }

    /**
     * Combines spelled-out number words arithmetically: "two hundred and five thousand",
     * "twenty-one", "one-and-a-half million", "one point five". {@code lead} is an implicit
     * leading one ("a million") whose phrase starts at {@code start}.
     */
    private static NumberPhrase words(List<Token> t, int i, BigDecimal lead, int start) {
        int n = t.size();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cur = lead == null ? BigDecimal.ZERO : lead;
        int lastSmall = lead == null ? -1 : 1;
        boolean any = lead != null;
        boolean lastScale = false;
        long biggest = 0;
        int j = i;
        int end = i;
        while (j < n) {
            Token tok = t.get(j);
            if (tok.kind != Token.Kind.WORD) {
                if (tok.isDash() && any && j + 1 < n && tok.end == t.get(j + 1).start
                        && t.get(j - 1).end == tok.start
                        && (NumberWords.small(t.get(j + 1).lower) >= 0 || t.get(j + 1).is("and"))) {
                    j++;
                    continue;
                }
                break;
            }
            int s = NumberWords.small(tok.lower);
            long sc = Scales.word(tok.lower);
            if (tok.is("dozen")) {
                s = 12;
            }
            if (s >= 0) {
                boolean compound = lastSmall >= 20 && lastSmall % 10 == 0 && s > 0 && s < 10;
                if (lastSmall >= 0 && !compound) {
                    break;
                }
                cur = cur.add(BigDecimal.valueOf(s));
                lastSmall = s;
                lastScale = false;
                any = true;
                end = ++j;
            } else if (sc > 0 && any) {
                if (sc == 100) {
                    cur = (cur.signum() == 0 ? BigDecimal.ONE : cur).multiply(HUNDRED);
                } else {
                    total = total.add((cur.signum() == 0 ? BigDecimal.ONE : cur).multiply(BigDecimal.valueOf(sc)));
                    cur = BigDecimal.ZERO;
                }
                biggest = Math.max(biggest, sc);
                lastSmall = -1;
                lastScale = true;
                end = ++j;
            } else if (tok.is("and") && any && andAHalf(t, j) > 0) {
                cur = cur.add(HALF); // "one and a half", "two-and-a-half million"
                j = andAHalf(t, j);
                end = j;
                lastSmall = -1;
                while (j < n && t.get(j).isDash()) {
                    j++;
                }
            } else if (tok.is("and") && lastScale && j + 1 < n && NumberWords.small(t.get(j + 1).lower) >= 0) {
                j++;
                lastSmall = -1;
            } else if (tok.is("point") && any && !lastScale && j + 1 < n && NumberWords.small(t.get(j + 1).lower) >= 0
                    && NumberWords.small(t.get(j + 1).lower) < 10) {
                StringBuilder digits = new StringBuilder();
                j++;
                while (j < n && NumberWords.small(t.get(j).lower) >= 0 && NumberWords.small(t.get(j).lower) < 10) {
                    digits.append(NumberWords.small(t.get(j).lower));
                    j++;
                }
                cur = cur.add(new BigDecimal("0." + digits));
                end = j;
                break;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        return new NumberPhrase(start, end, total.add(cur), true, false, biggest >= 1000 ? biggest : 0, false, null);
    }

    /** Index after "and a half" / "and-a-half" starting at {@code j}, or -1. */
    private static int andAHalf(List<Token> t, int j) {
        int k = j + 1;
        int n = t.size();
        if (k < n && t.get(k).isDash()) {
            k++;
        }
        if (k >= n || !t.get(k).is("a")) {
            return -1;
        }
        k++;
        if (k < n && t.get(k).isDash()) {
            k++;
        }
        return k < n && t.get(k).is("half") ? k + 1 : -1;
    }
}
