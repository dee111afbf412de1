package org.claimdesk.extraction;

import java.util.List;

/**
 * Bounds and hedges written before a number ("up to", "more than", "at least", "around", "some",
 * "just under"): they set {@code bound} and {@code approx} and join the quote.
 */
final class Bounds {

    private Bounds() {
    }

    /** Bounds and hedges written before the number: "up to", "more than", "around", "some", "just under". */
    static Mention apply(List<Token> t, Mention m) {
        int s = m.startTok;
        String w1 = s >= 1 ? t.get(s - 1).lower : "";
        String w2 = s >= 2 ? t.get(s - 2).lower : "";
        String w3 = s >= 3 ? t.get(s - 3).lower : "";
        String bound = null;
        int len = 0;
        switch (w1) {
            case "than" -> {
                boolean negated = w3.equals("no"); // "no fewer than 300" is at least 300
                if (w2.equals("more") || w2.equals("greater")) {
                    bound = negated ? "<=" : ">";
                    len = negated ? 3 : 2;
                } else if (w2.equals("fewer") || w2.equals("less")) {
                    bound = negated ? ">=" : "<";
                    len = negated ? 3 : 2;
                }
            }
            case "least" -> {
                if (w2.equals("at")) {
                    bound = ">=";
                    len = 2;
                }
            }
            case "to" -> {
                if (w2.equals("up")) {
                    bound = "<=";
                    len = 2;
                }
            }
            case "most" -> {
                if (w2.equals("at")) {
                    bound = "<=";
                    len = 2;
                }
            }
            case "of" -> {
                if (w2.equals("excess") && w3.equals("in")) {
                    bound = ">";
                    len = 3;
                }
            }
            case "as" -> {
                if ((w2.equals("many") || w2.equals("much")) && w3.equals("as")) {
                    bound = "<=";
                    len = 3;
                }
            }
            case "over", "above", "topping", "exceeding" -> {
                bound = ">";
                len = 1;
            }
            case "under", "below" -> {
                bound = "<";
                len = 1;
            }
            case "around", "about", "approximately", "roughly", "nearly", "almost", "circa", "estimated", "perhaps",
                 "maybe", "possibly", "approaching", "c" -> {
                bound = "=";
                len = 1;
            }
            case "some" -> {
                // "for some years" has no number; "some 87%" is a hedge
                if (m.kind != Mention.Kind.DURATION) {
                    bound = "=";
                    len = 1;
                }
            }
            case "up" -> {
                bound = "<=";
                len = 1;
            }
            default -> {
            }
        }
        if (len > 0) {
            m.approx = true;
            m.bound = bound;
            m.hedge = len == 1 ? w1 : len == 2 ? w2 + " " + w1 : w3 + " " + w2 + " " + w1;
            m.startTok = s - len;
            int before = m.startTok - 1;
            if (before >= 0 && (t.get(before).is("just") || t.get(before).is("well") || t.get(before).is("an"))) {
                m.startTok = before;
            }
        } else if (s >= 1 && (w1.equals("just") || w1.equals("only"))) {
            m.startTok = s - 1;
        }
        return m;
    }
}
