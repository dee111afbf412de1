package org.claimdesk.reference.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.claimdesk.claim.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a claim allows and the verdict proposed, one row per hedge, bound, range and precision
 * case: quote, value, high end, bound, approx, reference, percentages?, expected verdict.
 */
class ComparisonTest {

    @ParameterizedTest(name = "{0} against {5}: {7}")
    @CsvSource(delimiter = ';', value = {
            // precision: a count in full is exact; trailing zeros from 1,000 up are rounding
            "89 seats; 89; ; =; false; 89; false; ACCURATE",
            "89 seats; 89; ; =; false; 90; false; MOSTLY_ACCURATE",
            "89 seats; 89; ; =; false; 105; false; INACCURATE",
            "650 seats; 650; ; =; false; 648; false; MOSTLY_ACCURATE",
            "17,000 people; 17000; ; =; false; 16500; false; ACCURATE",
            "17,000 people; 17000; ; =; false; 17499; false; ACCURATE",
            "17,000 people; 17000; ; =; false; 17500; false; ACCURATE",
            "17,000 people; 17000; ; =; false; 17501; false; MOSTLY_ACCURATE",
            "17,000 people; 17000; ; =; false; 16400; false; MOSTLY_ACCURATE",
            "17,000 people; 17000; ; =; false; 14000; false; INACCURATE",
            "21,400; 21400; ; =; false; 21449; false; ACCURATE",
            "21,400; 21400; ; =; false; 21500; false; MOSTLY_ACCURATE",
            "four million; 4000000; ; =; false; 3500000; false; ACCURATE",
            "four million; 4000000; ; =; false; 4499999; false; ACCURATE",
            "four million; 4000000; ; =; false; 3400000; false; MOSTLY_ACCURATE",
            "4.5m; 4500000; ; =; false; 4540000; false; ACCURATE",
            "4.5m; 4500000; ; =; false; 4600000; false; MOSTLY_ACCURATE",
            "10,000; 10000; ; =; false; 6393; false; INACCURATE",
            "33.7%; 33.7; ; =; false; 33.74; true; ACCURATE",
            "33.7%; 33.7; ; =; false; 33.8; true; MOSTLY_ACCURATE",
            "6.8%; 6.8; ; =; false; 6.7496; true; ACCURATE",
            "11.5%; 11.5; ; =; false; 11.5462; true; ACCURATE",
            "60%; 60; ; =; false; 60.4641; true; ACCURATE",
            "60%; 60; ; =; false; 60.56; true; MOSTLY_ACCURATE",
            "60%; 60; ; =; false; 59.74; true; ACCURATE",
            "37%; 37; ; =; false; 33.7; true; MOSTLY_ACCURATE",
            "40%; 40; ; =; false; 33.7; true; INACCURATE",
            // hedges that approximate: 10% either way
            "around 40 MPs; 40; ; =; true; 44; false; ACCURATE",
            "around 40 MPs; 40; ; =; true; 45; false; MOSTLY_ACCURATE",
            "about 30,000; 30000; ; =; true; 27000; false; ACCURATE",
            "some 5,500; 5500; ; =; true; 5545; false; ACCURATE",
            "roughly 200; 200; ; =; true; 250; false; INACCURATE",
            // hedges from below: up to 10% under, and the rounding above
            "almost 90; 90; ; =; true; 89; false; ACCURATE",
            "nearly 20,000; 20000; ; =; true; 19253; false; ACCURATE",
            "nearly 20,000; 20000; ; =; true; 20150; false; ACCURATE",
            "nearly 20,000; 20000; ; =; true; 20400; false; MOSTLY_ACCURATE",
            "nearly 20,000; 20000; ; =; true; 21000; false; MOSTLY_ACCURATE",
            "nearly 20,000; 20000; ; =; true; 15000; false; INACCURATE",
            "just under 30,000; 30000; ; <; true; 29437; false; ACCURATE",
            "just under 30,000; 30000; ; <; true; 30000; false; MOSTLY_ACCURATE",
            "just under 30,000; 30000; ; <; true; 20000; false; INACCURATE",
            "just over 4,000; 4000; ; >; true; 4100; false; ACCURATE",
            "just over 4,000; 4000; ; >; true; 4600; false; MOSTLY_ACCURATE",
            // bounds
            "more than 4,000; 4000; ; >; true; 4001; false; ACCURATE",
            "more than 4,000; 4000; ; >; true; 40000; false; ACCURATE",
            "more than 4,000; 4000; ; >; true; 4000; false; MOSTLY_ACCURATE",
            "more than 4,000; 4000; ; >; true; 3000; false; INACCURATE",
            "at least 300; 300; ; >=; true; 300; false; ACCURATE",
            "fewer than 2,000; 2000; ; <; true; 1843; false; ACCURATE",
            "fewer than 2,000; 2000; ; <; true; 2100; false; MOSTLY_ACCURATE",
            "up to 25,000; 25000; ; <=; true; 25000; false; ACCURATE",
            "up to 25,000; 25000; ; <=; true; 29000; false; INACCURATE",
            "at most 10; 10; ; <=; true; 11; false; MOSTLY_ACCURATE",
            "at most 10; 10; ; <=; true; 12; false; INACCURATE",
            // ranges: the ends as given, widened by a hedge
            "20,000 to 30,000; 20000; 30000; =; false; 29437; false; ACCURATE",
            "20,000 to 30,000; 20000; 30000; =; false; 31000; false; MOSTLY_ACCURATE",
            "20,000 to 30,000; 20000; 30000; =; false; 40000; false; INACCURATE",
            "around 20,000 to 30,000; 20000; 30000; =; true; 32000; false; ACCURATE",
            // fractions are approximate by nature
            "a third; 33.3333; ; =; false; 35.69; true; ACCURATE",
            "a third; 33.3333; ; =; false; 45; true; INACCURATE"
    })
    void proposes(String quote, String value, String high, String bound, boolean approx, String reference,
            boolean percent, Verdict expected) {
        Figure f = new Figure(new BigDecimal(value), high == null ? null : new BigDecimal(high), bound, approx, quote);
        Proposal p = Comparison.compare(f, new BigDecimal(reference), percent);
        assertThat(p.verdict()).as(p.rule()).isEqualTo(expected);
        assertThat(p.rule()).startsWith(expected.name());
    }

    @Test
    void ruleSaysWhatTheClaimAllowsAndWhatFarIs() {
        Proposal inside = Comparison.compare(Figure.exact(new BigDecimal("17000"), "17,000 people"),
                new BigDecimal("16930"), false);
        assertThat(inside.rule()).isEqualTo("ACCURATE: the reference 16,930 is inside what the claim allows"
                + " (16,500\u201317,500: stated to the nearest 1,000).");
        Proposal far = Comparison.compare(Figure.exact(new BigDecimal("89"), "89 seats"), new BigDecimal("105"), false);
        assertThat(far.rule()).contains("outside what the claim allows (exactly 89, a whole number stated in full)")
                .contains("by 15.5 (14.8% of the reference)").contains("far means more than 10% of the reference, 10.5");
        assertThat(far.miss()).isEqualByComparingTo("15.5");
        Proposal four = Comparison.compare(new Figure(new BigDecimal("4000000"), null, "=", false, "four million"),
                new BigDecimal("3600000"), false);
        assertThat(four.allows()).isEqualTo("3,500,000\u20134,500,000: stated to the nearest 1,000,000");
    }

    @Test
    void aFallIsANegativeChange() {
        Figure fell = new Figure(new BigDecimal("36"), null, "=", false, "36%").negated();
        assertThat(Comparison.compare(fell, new BigDecimal("-35.69"), true).verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Comparison.compare(fell, new BigDecimal("35.69"), true).verdict()).isEqualTo(Verdict.INACCURATE);
        Figure moreThan = new Figure(new BigDecimal("30"), null, ">", true, "more than 30%").negated();
        assertThat(moreThan.bound()).isEqualTo("<");
    }

    @Test
    void hedgeRowsReadTheirWords() {
        assertThat(Comparison.Hedge.of("Around 30,000 people")).isEqualTo(Comparison.Hedge.ABOUT);
        assertThat(Comparison.Hedge.of("an estimated 4,000")).isEqualTo(Comparison.Hedge.ABOUT);
        assertThat(Comparison.Hedge.of("1,000 or so")).isEqualTo(Comparison.Hedge.ABOUT);
        assertThat(Comparison.Hedge.of("Nearly 20,000 voluntary returns")).isEqualTo(Comparison.Hedge.NEARLY);
        assertThat(Comparison.Hedge.of("just under a quarter")).isEqualTo(Comparison.Hedge.JUST_UNDER);
        assertThat(Comparison.Hedge.of("well over 4,000")).isEqualTo(Comparison.Hedge.NONE);
        assertThat(Comparison.Hedge.of("just nine seats")).isEqualTo(Comparison.Hedge.NONE);
        for (Comparison.Hedge h : Comparison.Hedge.values()) {
            for (String w : h.words) {
                assertThat(Comparison.Hedge.of(w + " 100 people")).as(w).isEqualTo(h);
            }
        }
    }
}
