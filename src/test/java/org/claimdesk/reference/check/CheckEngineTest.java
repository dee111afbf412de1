package org.claimdesk.reference.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.reference.ReferenceTables;
import org.claimdesk.reference.table.ReferenceTable;
import org.junit.jupiter.api.Test;

/** Queries over the real tables: each aggregate, filters, periods mapped onto quarters, and refusals. */
class CheckEngineTest {

    static final ReferenceTable GE2024 = ReferenceTables.table("hoc-ge2024");
    static final ReferenceTable DETECTIONS = ReferenceTables.table("detections");
    static final ReferenceTable RETURNS = ReferenceTables.table("returns");
    static final Filter SMALL_BOATS = Filter.eq("Method of entry", "Small boat arrivals");

    static CheckResult run(ReferenceTable t, Period p, Aggregate a, Filter... filters) {
        return CheckEngine.run(t, new CheckQuery(t.versionId(), "table", 1, List.of(filters), p, a), "table", 1);
    }

    @Test
    void countInWordsAsTheIssueWritesIt() {
        CheckResult r = run(GE2024, null, Aggregate.count(), Filter.eq("First party", "Lab"),
                Filter.eq("Second party", "RUK"));
        assertThat(r.value()).isEqualByComparingTo("89");
        assertThat(r.description()).isEqualTo(
                "count of 2024 constituencies where First party = Lab and Second party = RUK = 89");
        assertThat(r.unit()).isEqualTo("constituencies");
        assertThat(r.query().versionId()).isEqualTo(GE2024.versionId());
    }

    @Test
    void filterValuesAreMatchedWithoutCaseAndListsCount() {
        CheckResult r = run(GE2024, null, Aggregate.count(), Filter.in("first party", List.of("lab", "CON")));
        assertThat(r.value()).isEqualByComparingTo("532");
        assertThat(r.query().filters().get(0).words()).isEqualTo("First party in (Lab, Con)");
    }

    @Test
    void sumValueAndShare() {
        assertThat(run(GE2024, null, Aggregate.sum("Lab")).value()).isEqualByComparingTo("9708716");
        CheckResult majority = run(GE2024, null, Aggregate.value("Majority"),
                Filter.eq("Constituency name", "Aberdeen North"));
        assertThat(majority.value()).isEqualByComparingTo("1760");
        assertThat(majority.description()).isEqualTo(
                "Majority of the 2024 constituency where Constituency name = Aberdeen North = 1,760");
        CheckResult share = run(GE2024, null, Aggregate.share("Lab", "Valid votes"));
        assertThat(share.value()).isCloseTo(new java.math.BigDecimal("33.70"), org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.005")));
        assertThat(share.unit()).isEqualTo("percent");
        assertThat(run(GE2024, null, Aggregate.share("Valid votes", "Electorate")).value())
                .isCloseTo(new java.math.BigDecimal("59.74"), org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.005")));
    }

    @Test
    void periodsAreMappedOntoQuartersAndSaidInWords() {
        CheckResult y = run(DETECTIONS, new Period("2023", "2023", "in 2023"), Aggregate.sum(null), SMALL_BOATS);
        assertThat(y.value()).isEqualByComparingTo("29437");
        assertThat(y.periodMapping()).isEqualTo("\"in 2023\" = 2023 Q1\u2013Q4");
        assertThat(y.partial()).isFalse();
        CheckResult yearTo = run(DETECTIONS, new Period("2022-07", "2023-06", "the year to June 2023"),
                Aggregate.sum(null), SMALL_BOATS);
        assertThat(yearTo.value()).isEqualByComparingTo("44460");
        assertThat(yearTo.periodMapping()).isEqualTo("\"the year to June 2023\" = 2022 Q3\u20132023 Q2");
        assertThatThrownBy(() -> run(DETECTIONS, new Period("2024-07", "2025-05-20", "since July 2024"),
                Aggregate.sum(null), SMALL_BOATS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'since July 2024' is outside it");
    }

    @Test
    void aPeriodThatReachesBeyondTheTableIsPartialAndSaysSo() {
        CheckResult r = run(DETECTIONS, new Period("2023-07-05", "2024-03-31", "since 5 July 2023"),
                Aggregate.sum(null), SMALL_BOATS);
        assertThat(r.partial()).isTrue();
        assertThat(r.value()).isEqualByComparingTo("18004");
        assertThat(r.periodMapping()).isEqualTo("\"since 5 July 2023\" = 2023 Q3\u2013Q4; the period starts inside"
                + " 2023 Q3, counted whole; the table ends at 2023 Q4: 2024 Q1 is not in it");
    }

    @Test
    void percentageChangeAgainstABasePeriod() {
        CheckResult r = run(DETECTIONS, Period.year(2023, "2023"), Aggregate.change(null, Period.year(2022, "2022")),
                SMALL_BOATS);
        assertThat(r.value()).isCloseTo(new java.math.BigDecimal("-35.69"), org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.005")));
        assertThat(r.description()).contains("against 45,774 in the base period");
    }

    @Test
    void refusalsSayWhatToChange() {
        assertThatThrownBy(() -> run(GE2024, null, Aggregate.count(), Filter.eq("Winner", "Lab")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no column 'Winner'; columns: ONS ID");
        assertThatThrownBy(() -> run(GE2024, null, Aggregate.count(), Filter.eq("First party", "Labour")))
                .hasMessageContaining("no row has First party = 'Labour' (values: APNI, Con");
        assertThatThrownBy(() -> run(GE2024, null, Aggregate.value("Majority"), Filter.eq("First party", "SNP")))
                .hasMessageContaining("exactly one row; 9 rows match");
        assertThatThrownBy(() -> run(GE2024, Period.year(2024, null), Aggregate.count()))
                .hasMessageContaining("this table has no period column");
        assertThatThrownBy(() -> run(DETECTIONS, Period.year(2030, "2030"), Aggregate.sum(null)))
                .hasMessageContaining("the table covers 2018 Q1\u20132023 Q4; '2030' is outside it");
        assertThatThrownBy(() -> run(DETECTIONS, new Period("2023-Q3", "2023-Q1", null), Aggregate.sum(null)))
                .hasMessageContaining("ends (2023 Q1) before it starts (2023 Q3)");
        assertThatThrownBy(() -> run(RETURNS, null, Aggregate.sum("Return destination")))
                .hasMessageContaining("not a number column; number columns: Number of returns");
        assertThatThrownBy(() -> run(RETURNS, null, new Aggregate("MEDIAN", null, null, null)))
                .hasMessageContaining("unknown function 'MEDIAN'");
        assertThatThrownBy(() -> run(DETECTIONS, new Period("March", null, null), Aggregate.sum(null)))
                .hasMessageContaining("is not a year (2023), a quarter (2023-Q2)");
    }
}
