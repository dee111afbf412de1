package org.claimdesk.reference.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claimdesk.reference.check.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time expressions to periods: every rule's own example, and relative ones against the article's date. */
class PeriodReaderTest {

    static final LocalDate ARTICLE = LocalDate.of(2025, 5, 20);

    @Test
    void everyRuleReadsItsExample() {
        for (PeriodReader.Rule r : PeriodReader.RULES) {
            List<PeriodReader.Cue> cues = PeriodReader.read(r.example(), ARTICLE);
            assertThat(cues).as(r.name()).isNotEmpty();
            Period p = cues.get(0).period();
            assertThat(p.from()).as(r.name() + " from").isEqualTo(r.from());
            if (r.to() != null) {
                assertThat(p.to()).as(r.name() + " to").isEqualTo(r.to());
            } else {
                assertThat(p.to()).as(r.name() + " runs to the article's date").isEqualTo(ARTICLE.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Arrivals were lower last year; 2024; 2024",
            "In the year to September, returns rose; 2023-10; 2024-09",
            "The figure has doubled since the election; 2024-07-05; 2025-05-20",
            "Returns have risen since the Tories came to power; 2010-05-11; 2025-05-20",
            "Over the whole of 2019 the count fell; 2019; 2019",
            "Returns in 2021/22 were lower; 2021-04; 2022-03",
            "From 2018 to 2020 the count grew; 2018; 2020",
            "So far this year 12,000 have arrived; 2025; 2025-05-20",
            "In the final quarter of 2023 numbers fell; 2023-Q4; 2023-Q4"
    })
    void reads(String sentence, String from, String to) {
        Period p = PeriodReader.read(sentence, ARTICLE).get(0).period();
        assertThat(p.from()).isEqualTo(from);
        assertThat(p.to()).isEqualTo(to);
    }

    @Test
    void theYearBeforeIsReadAgainstTheOtherPeriod() {
        List<PeriodReader.Cue> cues = PeriodReader.read("Returns reached 6,393 in 2023, up from 3,855 the year before.",
                ARTICLE);
        assertThat(cues).hasSize(2);
        assertThat(cues.get(1).relative()).isTrue();
        assertThat(PeriodReader.yearBefore(cues.get(0).period(), "the year before").from()).isEqualTo("2022");
    }

    @Test
    void moreSpecificRulesWin() {
        List<PeriodReader.Cue> cues = PeriodReader.read("In the year to March 2023, returns fell.", ARTICLE);
        assertThat(cues).hasSize(1);
        assertThat(cues.get(0).period().from()).isEqualTo("2022-04");
        assertThat(cues.get(0).period().label()).isEqualTo("In the year to March 2023");
    }
}
