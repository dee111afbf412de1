package org.claimdesk.reference;

/**
 * Margins of error of a poll at 95% confidence (simple random sample): of one share,
 * 1.96·√(p(1−p)/n), and of the lead between two parties of the same poll,
 * 1.96·√((p1+p2−(p1−p2)²)/n), the two shares being negatively correlated. Shares are fractions
 * (0.27); margins come back in percentage points.
 */
public final class PollMargins {

    public static final double Z95 = 1.96;

    private PollMargins() {
    }

    /** Margin of error of one share, in points: 27% of 2,000 gives ±1.95. */
    public static double share(double p, int n) {
        check(p, n);
        return 100 * Z95 * Math.sqrt(p * (1 - p) / n);
    }

    /** Margin of error of the lead p1 − p2, in points: 27 v 26 of 2,000 gives ±3.19. */
    public static double lead(double p1, double p2, int n) {
        check(p1, n);
        check(p2, n);
        double d = p1 - p2;
        return 100 * Z95 * Math.sqrt((p1 + p2 - d * d) / n);
    }

    private static void check(double p, int n) {
        if (n <= 0 || p < 0 || p > 1) {
            throw new IllegalArgumentException("share " + p + " of " + n);
        }
    }
}
