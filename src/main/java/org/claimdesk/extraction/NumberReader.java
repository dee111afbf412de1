package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the value of one number at a token: digits with their suffix and a following scale word
 * ({@code 4.5m}, {@code 1.2 million}), spelled-out numbers combined arithmetically from the ICU-built
 * {@link NumberWords} table, and vague round numbers ("tens of thousands", "several hundred").
 */
final class NumberReader {

    static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberReader() {
    }

    /** Number read at a token: its value and the token after it. */
    record Num(BigDecimal value, int end, boolean words, boolean vague, boolean mSuffix, boolean pence) {
    }

    /** Reads a number starting at token i: digits with suffix and scale, number words, vague words. */
    static Num read(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.kind == Token.Kind.NUM) {
            if (tok.num == null) {
                return null;
            }
            BigDecimal v = tok.num;
            boolean mSuffix = false;
            switch (tok.lower) {
                case "m", "mn" -> {
                    v = v.multiply(BigDecimal.valueOf(1_000_000));
                    mSuffix = tok.lower.equals("m");
                }
                case "bn", "b" -> v = v.multiply(BigDecimal.valueOf(1_000_000_000L));
                case "k" -> v = v.multiply(BigDecimal.valueOf(1_000));
                case "tn", "trn" -> v = v.multiply(BigDecimal.valueOf(1_000_000_000_000L));
                default -> {
                }
            }
            int end = i + 1;
            if (tok.lower.isEmpty() && end < t.size() && t.get(end).kind == Token.Kind.WORD) {
                long sc = NumberWords.scale(t.get(end).lower);
                if (sc > 0 && !t.get(end).lower.endsWith("s")) {
                    v = v.multiply(BigDecimal.valueOf(sc));
                    end++;
                }
            }
            return new Num(v, end, false, false, mSuffix, tok.lower.equals("p"));
        }
        if (tok.kind != Token.Kind.WORD) {
            return null;
        }
        Num vague = vague(t, i);
        if (vague != null) {
            return vague;
        }
        return words(t, i);
    }

    /** Vague round numbers take the value of their head word: "tens of thousands" 10000, "several hundred" 300. */
    private static Num vague(List<Token> t, int i) {
        String w = t.get(i).lower;
        int n = t.size();
        long head = NumberWords.scale(w);
        if (w.endsWith("s") && head > 0) { // hundreds, thousands, millions
            if (i + 2 < n && t.get(i + 1).is("of") && NumberWords.scale(t.get(i + 2).lower) > 0
                    && t.get(i + 2).lower.endsWith("s")) {
                long inner = NumberWords.scale(t.get(i + 2).lower);
                return new Num(BigDecimal.valueOf(head).multiply(BigDecimal.valueOf(inner)), i + 3, true, true, false, false);
            }
            return new Num(BigDecimal.valueOf(head), i + 1, true, true, false, false);
        }
        if (w.equals("tens") && i + 2 < n && t.get(i + 1).is("of") && NumberWords.scale(t.get(i + 2).lower) > 0) {
            long inner = NumberWords.scale(t.get(i + 2).lower);
            return new Num(BigDecimal.valueOf(10 * inner), i + 3, true, true, false, false);
        }
        if (w.equals("dozens")) {
            return new Num(BigDecimal.valueOf(12), i + 1, true, true, false, false);
        }
        boolean aFew = (w.equals("a") && i + 1 < n && t.get(i + 1).is("few") && !(i > 0 && t.get(i - 1).is("quite")));
        if (w.equals("several") || aFew) {
            int k = aFew ? i + 2 : i + 1;
            if (k < n && t.get(k).kind == Token.Kind.WORD && !t.get(k).lower.endsWith("s")) {
                long sc = NumberWords.scale(t.get(k).lower);
                if (sc > 0) {
                    return new Num(BigDecimal.valueOf(3 * sc), k + 1, true, true, false, false);
                }
            }
            if (k < n && t.get(k).kind == Token.Kind.WORD && !t.get(k).is("of") && !t.get(k).is("years")
                    && !t.get(k).is("months") && !t.get(k).is("days") && !t.get(k).is("weeks")) {
                return new Num(BigDecimal.valueOf(3), k, true, true, false, false);
            }
            return null;
        }
        if ((w.equals("a") || w.equals("an")) && i + 1 < n) {
            String next = t.get(i + 1).lower;
            if (next.equals("dozen")) {
                return new Num(BigDecimal.valueOf(12), i + 2, true, false, false, false);
            }
            long sc = NumberWords.scale(next);
            if (sc > 0 && !next.endsWith("s") && t.get(i + 1).kind == Token.Kind.WORD) {
                return words(t, i + 1, BigDecimal.ONE);
            }
            return null;
        }
        if (w.equals("half") && i + 2 < n && t.get(i + 1).is("a") && NumberWords.scale(t.get(i + 2).lower) >= 1000) {
            return new Num(HALF.multiply(BigDecimal.valueOf(NumberWords.scale(t.get(i + 2).lower))), i + 3,
                    true, false, false, false);
        }
        return null;
    }

    private static Num words(List<Token> t, int i) {
        if (NumberWords.small(t.get(i).lower) < 0 && !t.get(i).is("dozen")) {
            return null;
        }
        return words(t, i, null);
    }

    /**
     * Combines spelled-out number words arithmetically: "two hundred and five thousand",
     * "twenty-one", "one-and-a-half million", "one point five". {@code lead} is an implicit
     * leading one ("a million").
     */
    private static Num words(List<Token> t, int i, BigDecimal lead) {
        int n = t.size();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cur = lead == null ? BigDecimal.ZERO : lead;
        int lastSmall = lead == null ? -1 : 1;
        boolean any = lead != null;
        boolean lastScale = false;
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
            long sc = tok.lower.endsWith("s") ? -1 : NumberWords.scale(tok.lower);
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
        return new Num(total.add(cur), end, true, false, false, false);
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
