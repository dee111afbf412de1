package org.claimdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading two values at an index offset gives percentile_cont of the whole sorted list. */
class PercentileTest {

    @Test
    void twoValuesAtTheOffsetGiveTheInterpolatedPercentile() {
        Random random = new Random(7);
        for (int n = 1; n <= 60; n++) {
            for (int round = 0; round < 20; round++) {
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    // some ties, as real durations have
                    values.add(random.nextInt(4) == 0 ? 5.0 : random.nextDouble() * 100);
                }
                values.sort(Double::compare);
                assertThat(read(Percentile.MEDIAN, values, false)).as("median of " + n)
                        .isCloseTo(StatsFiguresTest.percentile(values, 0.5), within(1e-9));
                assertThat(read(Percentile.P90, values, true)).as("p90 of " + n)
                        .isCloseTo(StatsFiguresTest.percentile(values, 0.9), within(1e-9));
            }
        }
    }

    /** What the probe query does: skip offset values in scan order, keep at most two. */
    private static double read(Percentile p, List<Double> sorted, boolean fromTop) {
        List<Double> order = new ArrayList<>(sorted);
        if (fromTop) {
            java.util.Collections.reverse(order);
        }
        int offset = p.offset(sorted.size());
        List<Double> found = order.subList(offset, Math.min(offset + 2, order.size()));
        return p.value(sorted.size(), found.toArray(Double[]::new));
    }
}
