package org.claimdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Margins of error against values worked by hand: 1.96·√(p(1−p)/n) and 1.96·√((p1+p2−(p1−p2)²)/n). */
class PollMarginsTest {

    @Test
    void theSeedPollsLead() {
        // 27 v 26 at n = 2,000: 1.96 x sqrt((0.53 - 0.0001) / 2000) = 1.96 x 0.016277 = 3.190 points
        assertThat(PollMargins.lead(0.27, 0.26, 2000)).isCloseTo(3.19, within(0.005));
        assertThat(1.0).isLessThan(PollMargins.lead(0.27, 0.26, 2000));
    }

    @Test
    void shares() {
        // 27% of 2,000: 1.96 x sqrt(0.27 x 0.73 / 2000) = 1.96 x 0.009927 = 1.946
        assertThat(PollMargins.share(0.27, 2000)).isCloseTo(1.946, within(0.001));
        // the familiar ±3.1 points of a 50% share among 1,000
        assertThat(PollMargins.share(0.50, 1000)).isCloseTo(3.099, within(0.001));
        assertThat(PollMargins.share(0.0, 1000)).isZero();
    }

    @Test
    void leadsOfOtherPolls() {
        // 40 v 30 at 1,000: 1.96 x sqrt((0.70 - 0.01) / 1000) = 1.96 x 0.026268 = 5.149
        assertThat(PollMargins.lead(0.40, 0.30, 1000)).isCloseTo(5.149, within(0.001));
        // 14 v 12 at 1,000: 1.96 x sqrt((0.26 - 0.0004) / 1000) = 3.158
        assertThat(PollMargins.lead(0.14, 0.12, 1000)).isCloseTo(3.158, within(0.001));
        // the lead's margin is wider than either share's
        assertThat(PollMargins.lead(0.40, 0.30, 1000)).isGreaterThan(PollMargins.share(0.40, 1000));
    }
}
