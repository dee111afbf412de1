package org.claimdesk.reference.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claim.Verdict;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.reference.ReferenceJson;
import org.claimdesk.reference.ReferenceTables;
import org.claimdesk.reference.check.CheckQuery;
import org.junit.jupiter.api.Test;

/** Suggestions for sentences of our own: what the top one reads from the sentence and the article's date. */
class SuggesterTest {

    static List<Ranking.Ranked> rank(String sentence, String quote, String value, String unit, ClaimType type,
            String date) {
        ClaimContext c = ClaimContext.of(sentence, quote, new BigDecimal(value), "=", false, unit, type,
                LocalDate.parse(date));
        return Ranking.rank(c, ReferenceTables.sources(), 5);
    }

    static Ranking.Ranked top(String sentence, String quote, String value, String unit, ClaimType type, String date) {
        List<Ranking.Ranked> r = rank(sentence, quote, value, unit, type, date);
        assertThat(r).as(sentence).isNotEmpty();
        return r.get(0);
    }

    @Test
    void theLastGeneralElectionIsReadFromTheArticlesDate() {
        String s = "At the last general election the Conservatives won 365 seats.";
        Ranking.Ranked in2022 = top(s, "365 seats", "365", "seats", ClaimType.SEAT_COUNT, "2022-03-01");
        assertThat(in2022.result().description()).startsWith("count of 2019 constituencies where First party = Con");
        assertThat(in2022.proposal().verdict()).isEqualTo(Verdict.ACCURATE);
        Ranking.Ranked in2025 = top(s, "365 seats", "365", "seats", ClaimType.SEAT_COUNT, "2025-03-01");
        assertThat(in2025.result().value()).isEqualByComparingTo("121");
        assertThat(in2025.proposal().verdict()).isEqualTo(Verdict.INACCURATE);
        Ranking.Ranked previous = top("At the previous election the Tories had won 365 seats.", "365 seats", "365",
                "seats", ClaimType.SEAT_COUNT, "2025-03-01");
        assertThat(previous.result().value()).isEqualByComparingTo("365");
    }

    @Test
    void anElectionWithNoTableGivesNoElectionSuggestion() {
        assertThat(rank("In 2017 the Conservatives won 317 seats.", "317 seats", "317", "seats", ClaimType.SEAT_COUNT,
                "2018-01-01")).isEmpty();
    }

    @Test
    void secondToAPartyIsACountOfBothColumns() {
        Ranking.Ranked r = top("In 2024 the Greens were runners-up behind Labour in 39 seats.", "39 seats", "39",
                "seats", ClaimType.SEAT_COUNT, "2025-01-01");
        assertThat(r.result().query().filters()).extracting(f -> f.words())
                .containsExactly("First party = Lab", "Second party = Green");
    }

    @Test
    void aPartyNamedEarlierInTheArticleIsTheSubject() {
        ClaimContext c = new ClaimContext("72 seats", "The party ended the night with 72 seats.", 30,
                new BigDecimal("72"), null, "=", false, "seats", ClaimType.SEAT_COUNT, LocalDate.of(2024, 8, 1),
                "The Liberal Democrats had their best night in a century. ");
        List<Ranking.Ranked> r = Ranking.rank(c, ReferenceTables.sources(), 3);
        assertThat(r.get(0).result().description()).contains("First party = LD");
    }

    @Test
    void homeOfficeMeasureNationalityAndPeriod() {
        Ranking.Ranked r = top("Some 12,658 Albanians crossed the Channel in small boats in 2022.", "12,658",
                "12658", "people", ClaimType.MIGRATION_FIGURE, "2023-03-01");
        assertThat(r.result().query().filters()).extracting(f -> f.words())
                .containsExactly("Method of entry = Small boat arrivals", "Nationality = Albania");
        assertThat(r.result().periodMapping()).isEqualTo("\"in 2022\" = 2022 Q1\u2013Q4");
        assertThat(r.proposal().verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void aPeriodTheTablesDoNotReachGivesNoSuggestion() {
        assertThat(rank("Some 17,000 people have been returned since July 2024.", "17,000 people", "17000", "people",
                ClaimType.RETURNS_FIGURE, "2025-05-20")).isEmpty();
    }

    @Test
    void withoutAPeriodTheLastFullYearTheTableHas() {
        Ranking.Ranked r = top("The Home Office carried out 6,393 enforced returns, it said.", "6,393", "6393",
                "returns", ClaimType.RETURNS_FIGURE, "2025-02-01");
        assertThat(r.result().periodMapping()).startsWith("\"2023 (no period in the sentence");
    }

    @Test
    void pollClaimsAreLeftToThePollPanel() {
        assertThat(rank("Reform is two points ahead in the latest poll.", "two points", "2", "points",
                ClaimType.POLL_LEAD, "2025-05-01")).isEmpty();
    }

    @Test
    void aSuggestionsQueryRoundTripsAsJson() {
        Ranking.Ranked r = top("Labour won 411 seats.", "411 seats", "411", "seats", ClaimType.SEAT_COUNT,
                "2024-08-01");
        CheckQuery back = ReferenceJson.read(ReferenceJson.write(r.result().query()), CheckQuery.class);
        assertThat(back).isEqualTo(r.result().query());
    }
}
