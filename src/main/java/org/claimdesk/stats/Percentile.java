package org.claimdesk.stats;

/**
 * A percentile as PostgreSQL's percentile_cont computes it (interpolated between the two values
 * around position p(n-1) of the sorted values), read from the two values an index scan returns at
 * {@link #offset}: from the bottom for the median, from the top for the 90th percentile, whichever
 * end is nearer.
 */
enum Percentile {
    MEDIAN(0.5, false), P90(0.9, true);

    private final double p;
    private final boolean fromTop;

    Percentile(double p, boolean fromTop) {
        this.p = p;
        this.fromTop = fromTop;
    }

    /** How many values to skip, in the scan's order, before the two that matter (n at least 1). */
    int offset(long n) {
        double pos = p * (n - 1);
        return (int) (fromTop ? n - 1 - (long) Math.ceil(pos) : (long) Math.floor(pos));
    }

    /** The percentile of n values from the (one or two) values found at {@link #offset}. */
    double value(long n, Double[] found) {
        double pos = p * (n - 1);
        double low = Math.floor(pos);
        double fraction = pos - low;
        if (fraction == 0 || found.length < 2) {
            return found[0];
        }
        // from the top the scan gives the higher value first
        double lo = fromTop ? found[1] : found[0];
        double hi = fromTop ? found[0] : found[1];
        return lo + (hi - lo) * fraction;
    }
}
