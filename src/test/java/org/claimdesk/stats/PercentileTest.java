package org.claimdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading the two values from a percentile's index on gives percentile_cont of the sorted list. */
class PercentileTest {

    @Test
    void twoValuesFromTheIndexGiveTheInterpolatedPercentile() {
        Random random = new Random(7);
        for (int n = 1; n <= 60; n++) {
            for (int round = 0; round < 20; round++) {
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    // some ties, as real durations have
                    values.add(random.nextInt(4) == 0 ? 5.0 : random.nextDouble() * 100);
                }
                values.sort(Double::compare);
                for (Percentile p : Percentile.values()) {
                    int from = (int) p.index(n);
                    Double[] found = values.subList(from, Math.min(from + 2, n)).toArray(Double[]::new);
                    double expected = StatsFiguresTest.percentile(values, p == Percentile.MEDIAN ? 0.5 : 0.9);
                    assertThat(p.value(n, found)).as(p + " of " + n).isCloseTo(expected, within(1e-9));
                }
            }
        }
    }
}
