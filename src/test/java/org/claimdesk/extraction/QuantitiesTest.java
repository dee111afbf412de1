package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The set a quantity benchmark counts: every quantity but years, dates, times, names and ordinals. */
class QuantitiesTest {

    private static List<Quantity> quantities(String text) {
        return ClaimExtractor.DEFAULT.extractQuantities(text, "test");
    }

    @Test
    void leavesOutTimesAndNames() {
        String text = "On 5 May 2024 at 10pm, Channel 4 aired the 3rd debate in the G8 series.";
        assertThat(quantities(text)).isEmpty();
        assertThat(Extract.all(text)).isNotEmpty();
    }

    @Test
    void keepsQuantitiesThatAreNoClaims() {
        List<Quantity> q = quantities("The victim, aged 43, was named. Is it worth £5? My two children agree.");
        assertThat(q).extracting(Quantity::quote).containsExactly("43", "£5", "two children");
        assertThat(q).extracting(Quantity::claim).containsOnly(false);
    }

    @Test
    void minorUnitsAtFaceValueAndRangesWithTheirHighEnd() {
        List<Quantity> q = quantities("Oil rose 19 cents while bread costs 245p, and the hall holds 10-20 tables.");
        assertThat(q).extracting(Quantity::quote).containsExactly("19 cents", "245p", "10-20 tables");
        assertThat(q.get(0).value()).isEqualByComparingTo("19");
        assertThat(q.get(0).unit()).isEqualTo("cents");
        assertThat(q.get(1).value()).isEqualByComparingTo("245");
        assertThat(q.get(1).unit()).isEqualTo("pence");
        assertThat(q.get(2).high()).isEqualByComparingTo("20");
        assertThat(Extract.only("Oil rose 19 cents on the day.").value()).isEqualByComparingTo("0.19");
        Quantity range = quantities("Stamps will cost between 85p and 95p.").get(0);
        assertThat(range.value()).isEqualByComparingTo("85");
        assertThat(range.high()).isEqualByComparingTo("95");
        assertThat(Extract.only("Stamps will cost between 85p and 95p.").high()).isEqualByComparingTo("0.95");
    }

    @Test
    void scientificNotationIsOneNumber() {
        assertThat(quantities("There are 6.02×10^23 atoms in a mole, or 6.02e23.")).extracting(Quantity::value)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("6.02E23"), new java.math.BigDecimal("6.02E23"));
        assertThat(quantities("A dose of 1.5×10⁻³ grams was enough.")).extracting(Quantity::value)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(new java.math.BigDecimal("0.0015"));
    }
}
