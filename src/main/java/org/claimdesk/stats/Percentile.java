package org.claimdesk.stats;

/**
 * A percentile as PostgreSQL's percentile_cont computes it: interpolated between the values at
 * positions {@link #index} and the next of the n sorted values.
 */
enum Percentile {
    MEDIAN(0.5), P90(0.9);

    private final double p;

    Percentile(double p) {
        this.p = p;
    }

    /** The position (from 0) of the lower of the two values that matter, for n at least 1. */
    long index(long n) {
        return (long) Math.floor(p * (n - 1));
    }

    /** The percentile of n values from the one or two found from {@link #index} on, in order. */
    double value(long n, Double[] found) {
        double pos = p * (n - 1);
        double fraction = pos - Math.floor(pos);
        if (fraction == 0 || found.length < 2) {
            return found[0];
        }
        return found[0] + (found[1] - found[0]) * fraction;
    }
}
