package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** claimReviewed: the clause that holds the figure, not the whole sentence. Sentences are our own. */
class ClaimRestatementTest {

    private static final String TWO_FIGURES = "Turnout fell to 58%, while the party's share rose by 4 points to 41%,"
            + " the pollster said.";

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                                       | quote          | restated
            Turnout fell to 58%, while the party's share rose by 4 points, the pollster said. | 58%            | Turnout fell to 58%
            Turnout fell to 58%, while the party's share rose by 4 points, the pollster said. | 4 points       | The party's share rose by 4 points
            The council cut library opening by 12 hours a week, the librarian said.           | 12 hours a week | The council cut library opening by 12 hours a week
            She said: "We will build 3,000 homes by 2030."                                    | 3,000 homes    | We will build 3,000 homes by 2030
            Spending on roads (£1.2bn last year) will double, the report says.                | £1.2bn         | Spending on roads (£1.2bn last year) will double
            Some 12,500 nurses left in 2023; 9,000 joined.                                    | 12,500 nurses  | Some 12,500 nurses left in 2023
            Some 12,500 nurses left in 2023; 9,000 joined.                                    | 9,000          | Some 12,500 nurses left in 2023; 9,000 joined
            Prices rose 3% - the fastest in a decade - and wages 2%.                          | 3%             | Prices rose 3%
            """)
    void theClauseWithTheFigure(String sentence, String quote, String restated) {
        assertThat(ClaimRestatement.of(sentence, quote, -1)).isEqualTo(restated);
    }

    @Test
    void theQuoteStartPicksTheRightOneOfTwoEqualFigures() {
        String sentence = "Fares rose 5% in the north, but 5% in the south was a freeze.";
        assertThat(ClaimRestatement.of(sentence, "5%", sentence.lastIndexOf("5%")))
                .isEqualTo("5% in the south was a freeze");
        assertThat(ClaimRestatement.of(sentence, "5%", sentence.indexOf("5%"))).isEqualTo("Fares rose 5% in the north");
    }

    @Test
    void aLongClauseIsCutToTheWordsAroundTheFigure() {
        String sentence = "The review that the committee commissioned after the long and bitter dispute over funding"
                + " found that the service had lost 4,200 staff over the decade in which it was run by three"
                + " successive boards that each promised to rebuild it";
        String restated = ClaimRestatement.of(sentence, "4,200 staff", -1);
        assertThat(restated).contains("4,200 staff").startsWith("…").endsWith("…");
        assertThat(restated.length()).isLessThanOrEqualTo(ClaimRestatement.MAX);
    }

    @Test
    void withoutASentenceOrWhenTheQuoteWasEditedItIsTheQuote() {
        assertThat(ClaimRestatement.of(null, "40 schools", -1)).isEqualTo("40 schools");
        assertThat(ClaimRestatement.of("Some 40 schools closed.", "41 schools", -1)).isEqualTo("41 schools");
    }

    @Test
    void shorterThanTheMultiFigureSentence() {
        String restated = ClaimRestatement.of(TWO_FIGURES, "41%", -1);
        assertThat(restated).contains("41%").doesNotContain("58%").doesNotContain("pollster");
    }
}
