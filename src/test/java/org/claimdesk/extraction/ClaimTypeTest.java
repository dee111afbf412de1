package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One sentence per claim type. */
class ClaimTypeTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A weekend poll put the Greens four points ahead of the Liberals.     | POLL_LEAD
            In the latest survey the Liberals are on 27%.                        | POLL_SHARE
            The party won 89 seats at the last election.                         | SEAT_COUNT
            The government holds a majority of 194 in the chamber.               | SEAT_COUNT
            Turnout fell to 59% across the county.                               | VOTE_COUNT
            The party's vote share rose to 34% in the county.                    | VOTE_COUNT
            Some 48% voted to leave in the referendum.                           | VOTE_COUNT
            The candidate received 12,345 votes in the recount.                  | VOTE_COUNT
            Labour's 161-seat majority was the largest.                          | SEAT_COUNT
            Some 17,000 people were returned to their countries of origin.        | RETURNS_FIGURE
            The agency deported 450 offenders in the spring.                     | RETURNS_FIGURE
            About 30,000 migrants crossed the Channel in small boats.             | MIGRATION_FIGURE
            The office received 84,000 asylum claims.                            | MIGRATION_FIGURE
            The council spent £4.2m on consultants.                              | MONEY
            The tax rate for the richest will be 45%.                            | PERCENTAGE
            A group of 40 Labour MPs wrote about immigration.                    | COUNT
            The trust employs 3,500 nurses.                                      | COUNT
            The review took 18 months to finish.                                 | OTHER
            Before the poll, interest rates rose by 0.25 percentage points.       | PERCENTAGE
            """)
    void types(String sentence, ClaimType expected) {
        assertThat(Extract.only(sentence).type()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void returningToWorkIsNotAReturnsFigure() {
        assertThat(Extract.only("About 2,000 staff will return to the office in the spring.").type()).isEqualTo(ClaimType.COUNT);
        String story = "The asylum system is under strain.\n\nAt least 40 teenagers were identified for return.";
        assertThat(Extract.only(story).type()).isEqualTo(ClaimType.RETURNS_FIGURE);
    }

    @org.junit.jupiter.api.Test
    void anaphoricSentenceKeepsTheMeasure() {
        String text = "Net migration reached 700,000 in the spring.\n\nIt has since fallen to 430,000.";
        assertThat(Extract.claims(text)).extracting(Quantity::type)
                .containsExactly(ClaimType.MIGRATION_FIGURE, ClaimType.MIGRATION_FIGURE);
    }

    @org.junit.jupiter.api.Test
    void partyLevelsInAPollDocument() {
        String text = "The latest poll is out.\n\nThe Greens lead by three points on 24%, with the Liberals on 21%.";
        assertThat(Extract.claims(text)).extracting(Quantity::type)
                .containsExactly(ClaimType.POLL_LEAD, ClaimType.POLL_SHARE, ClaimType.POLL_SHARE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pollster asked 2,000 adults; 61% said they would vote.     | 61%
            """)
    void pollAnswersAreShares(String sentence, String fragment) {
        Quantity q = Extract.find(sentence, fragment).orElseThrow();
        assertThat(q.type()).isEqualTo(ClaimType.POLL_SHARE);
        assertThat(Extract.find(sentence, "2,000").orElseThrow().type()).isEqualTo(ClaimType.COUNT);
    }

    @Test
    void aPartCountsWhatItsWholeCounts() {
        assertThat(Extract.claims("The party won 9 of the 57 seats."))
                .extracting(Quantity::type).containsOnly(ClaimType.SEAT_COUNT);
    }
}
