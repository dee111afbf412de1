package org.claimdesk.extraction;

import java.util.List;

import org.claimdesk.extraction.Change.Direction;
import org.claimdesk.extraction.Change.Role;
import org.claimdesk.extraction.QuantityPhrase.Kind;

/**
 * Fifth stage: the changes a sentence states with two of its quantities, as links between them.
 * The forms are "from A to B" ("rose from A to B"), "by A to B" and "rose A to B" (where A is the
 * amount: "fell 3.2% to $184.50"), "to B from A" ("narrowed to B in May from A") and "B ..., up/down
 * from A". The direction is the verb's ("rose by", "down from") or, when
 * both ends are known, what the values say.
 */
final class Changes {

    /** One end of a change: which phrase is the other end, the roles of both, and the direction. */
    record Link(int other, Role role, Role otherRole, Direction direction) {
    }

    private Changes() {
    }

    /** Links per phrase (null where a phrase is no end of a change). */
    static Link[] find(List<Token> t, List<QuantityPhrase> qs, ClaimFilter.Decision[] decisions) {
        Link[] out = new Link[qs.size()];
        for (int i = 0; i + 1 < qs.size(); i++) {
            QuantityPhrase a = qs.get(i);
            QuantityPhrase b = qs.get(i + 1);
            if (out[i] != null || !eligible(decisions[i]) || !eligible(decisions[i + 1])) {
                continue;
            }
            Token before = a.start() > 0 ? t.get(a.start() - 1) : null;
            Direction verb = verb(t, a.start());
            if (before != null && gap(t, a, b, "to")) {
                if (before.is("from") && compatible(a, b)) {
                    link(out, i, i + 1, Role.FROM, Role.TO, byValues(a, b, verb(t, a.start() - 1)));
                } else if (before.is("by")) {
                    link(out, i, i + 1, Role.BY, Role.TO, verb(t, a.start() - 1));
                } else if (verb != null && before.has(verb == Direction.UP ? WordClass.UP : WordClass.DOWN)) {
                    link(out, i, i + 1, Role.BY, Role.TO, verb); // "fell 3.2% to $184.50"
                }
            } else if (before != null && before.is("to") && fromFollows(t, a, b) && compatible(a, b)) {
                link(out, i + 1, i, Role.FROM, Role.TO, byValues(b, a, verb(t, a.start() - 1)));
            } else if (upOrDownFrom(t, a, b) != null && compatible(a, b)) {
                link(out, i + 1, i, Role.FROM, Role.TO, byValues(b, a, upOrDownFrom(t, a, b)));
            }
        }
        return out;
    }

    private static void link(Link[] out, int x, int y, Role xRole, Role yRole, Direction d) {
        out[x] = new Link(y, xRole, yRole, d);
        out[y] = new Link(x, yRole, xRole, d);
    }

    /** Names, years and dates are no ends of a change; any other quantity is, claim or not. */
    private static boolean eligible(ClaimFilter.Decision d) {
        return d.exclusion() == null || d.exclusion().quantity() && d.exclusion() != Exclusion.AGE;
    }

    private static boolean compatible(QuantityPhrase a, QuantityPhrase b) {
        if (a.unit() != null && b.unit() != null) {
            return a.unit().equals(b.unit()) || a.kind() == Kind.PERCENT && b.kind() == Kind.POINTS
                    || a.kind() == Kind.POINTS && b.kind() == Kind.PERCENT;
        }
        return a.kind() == b.kind() || a.bare() || b.bare();
    }

    /** "to 3.4% from 3.9%", "to 3.4% in April from 3.9%": a few words, no number, then "from". */
    private static boolean fromFollows(List<Token> t, QuantityPhrase a, QuantityPhrase b) {
        int k = b.start();
        if (k < 1 || !t.get(k - 1).is("from") || k - 1 - a.quoteEnd() > 4) {
            return false;
        }
        for (int j = a.quoteEnd(); j < k - 1; j++) {
            Token x = t.get(j);
            if (x.kind == Token.Kind.NUM || x.isPunct('.') || x.isPunct(';') || x.is("and") || x.is("but")) {
                return false;
            }
        }
        return true;
    }

    /** Words that may stand between a figure and its "down from": "crossed the Channel, down from". */
    private static final int REACH = 12;

    /** "36,900 people crossed, down from 45,700": b is what a was before; the direction as written. */
    private static Direction upOrDownFrom(List<Token> t, QuantityPhrase a, QuantityPhrase b) {
        int k = b.start();
        if (k < 2 || !t.get(k - 1).is("from") || k - a.quoteEnd() > REACH || k - 2 < a.quoteEnd()) {
            return null;
        }
        for (int j = a.quoteEnd(); j < k - 2; j++) {
            if (t.get(j).isPunct('.') || t.get(j).isPunct(';')) {
                return null;
            }
        }
        return t.get(k - 2).is("up") ? Direction.UP : t.get(k - 2).is("down") ? Direction.DOWN : null;
    }

    /** True when exactly these words stand between the quote of a and the start of b. */
    private static boolean gap(List<Token> t, QuantityPhrase a, QuantityPhrase b, String... words) {
        int from = a.changeFrom() ? a.numEnd() : a.quoteEnd();
        if (b.start() - from != words.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token x = t.get(from + k);
            boolean same = words[k].length() == 1 && !Character.isLetter(words[k].charAt(0))
                    ? x.isPunct(words[k].charAt(0)) : x.is(words[k]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The direction a verb just before token k states: "rose by", "cut from", "narrowed to". */
    private static Direction verb(List<Token> t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            Token x = t.get(j);
            if (x.has(WordClass.UP)) {
                return Direction.UP;
            }
            if (x.has(WordClass.DOWN)) {
                return Direction.DOWN;
            }
            if (x.kind != Token.Kind.WORD) {
                return null;
            }
        }
        return null;
    }

    /** From the values when both ends are known; the stated direction when they are equal or cannot be compared. */
    private static Direction byValues(QuantityPhrase from, QuantityPhrase to, Direction stated) {
        int c = to.value().compareTo(from.value());
        if (c == 0) {
            return stated == null ? Direction.SAME : stated;
        }
        return c > 0 ? Direction.UP : Direction.DOWN;
    }
}
