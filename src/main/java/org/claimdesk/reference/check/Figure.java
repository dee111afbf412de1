package org.claimdesk.reference.check;

import java.math.BigDecimal;

/**
 * A claimed figure as the comparison needs it: the value (on the reference's scale), the range's
 * high end, the bound and hedge, and the quote it was stated in (its precision is read from there).
 *
 * @param bound one of {@code = > < >= <=}
 */
public record Figure(BigDecimal value, BigDecimal high, String bound, boolean approx, String quote) {

    public Figure {
        bound = bound == null || bound.isBlank() ? "=" : bound.strip();
    }

    public static Figure exact(BigDecimal value, String quote) {
        return new Figure(value, null, "=", false, quote);
    }

    /** The same figure times {@code factor} (a fraction as a percentage: 100). */
    public Figure scaled(BigDecimal factor) {
        return new Figure(value == null ? null : value.multiply(factor), high == null ? null : high.multiply(factor),
                bound, approx, quote);
    }

    /** "fell by 36%" against a signed change: -36, bounds turned round. */
    public Figure negated() {
        String b = switch (bound) {
            case ">" -> "<";
            case ">=" -> "<=";
            case "<" -> ">";
            case "<=" -> ">=";
            default -> "=";
        };
        BigDecimal lo = high == null ? null : high.negate();
        return new Figure(lo != null ? lo : value.negate(), lo != null ? value.negate() : null, b, approx, quote);
    }
}
