package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers the guidelines exclude: each is found as a quantity but is not a claim. */
class ExclusionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The law was passed in 2019 after a long fight.           | 2019      | YEAR
            Voters go to the polls on 5 May in most areas.            | 5         | DATE
            The count starts at 10pm in the sports hall.              | 10pm      | TIME
            Schools stay open from 0800 to 1800GMT on weekdays.       | 0800      | TIME
            She spoke at Number 10 on the issue.                      | 10        | IDENTIFIER
            Ministers met in No 10 for the talks.                     | 10        | IDENTIFIER
            The UK triggered Article 50 at last.                      | 50        | IDENTIFIER
            The repeal of Section 28 was a milestone.                 | 28        | IDENTIFIER
            He gave an interview to Channel 4 on the matter.          | 4         | IDENTIFIER
            The show moved to Five last autumn.                       | Five      | IDENTIFIER
            It was the 11th hearing of the committee.                 | 11th      | ORDINAL
            The rule covers 16 and 17-year-olds in full.              | 16        | AGE
            Payments go to the over-70s this winter.                  | 70s       | AGE
            The minister resigned three months ago.                   | three     | RELATIVE_DATE
            The talks collapsed after 30 years of effort.             | 30        | TIME_REFERENCE
            One protester was taken to hospital.                      | One       | ONE_AS_ARTICLE
            One of the few moments of calm came later.                | One       | ONE_AS_PRONOUN
            Is it really worth it for £5?                             | £5        | QUESTION
            The 1989 Housing Act changed everything.                  | 1989      | YEAR
            Borrowing for 2003/4 was lower than expected.             | 2003      | YEAR
            Borrowing for 2024-25 was lower than expected.            | 25        | YEAR
            The helpline runs 24/7 for callers.                       | 24        | CODE
            Covid-19 changed the campaign.                            | 19        | IDENTIFIER
            Landlords used section 21 notices less often.             | 21        | IDENTIFIER
            Free meals go to children under five in the borough.      | five      | AGE
            Councils signed up to net zero targets.                   | zero      | ZERO
            My two children will inherit this, wrote one reader.      | two       | PRIVATE
            The party unveiled a five-point plan on housing.          | five      | COMPOUND
            The plan rests on two pillars: housing and transport.     | two       | LIST
            Number 10 officials denied the report.                    | 10        | IDENTIFIER
            The details are on page 34 of the report.                 | 34        | IDENTIFIER
            Radio 4 listeners complained.                             | 4         | IDENTIFIER
            Councillor Amy Hart, 52, said she would stand again.      | 52        | AGE
            I'm 17 and I pay taxes on my wages.                       | 17        | AGE
            """)
    void notAClaim(String sentence, String fragment, Exclusion reason) {
        Quantity q = Extract.find(sentence, fragment).orElseThrow(() -> new AssertionError("no quantity " + fragment));
        assertThat(q.claim()).as(q.toString()).isFalse();
        assertThat(q.reason()).isEqualTo(reason);
        assertThat(Extract.claims(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The first time she stood, she lost.",
        "Labour won a third term in the end.",
        "The G8 met near the M1 on Friday.",
        "The 5G mast and the 3D printer arrived.",
        "Growth slowed in the second half of the year.",
        "It was the second largest donation.",
        "The two countries signed a deal after the summit of Spain and Chile.",
    })
    void nothingToClaim(String sentence) {
        assertThat(Extract.claims(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The pension age will rise from 60 to 65.",
        "Only one MP voted against the motion.",
    })
    void policyAgesAndEmphaticOnesAreClaims(String sentence) {
        assertThat(Extract.claims(sentence)).isNotEmpty();
    }

    @Test
    void theAgeOfAPersonNamedByTheirRoleIsNoClaim() {
        assertThat(Extract.claims("The minister, 54, said 300 homes would be built."))
                .extracting(Quantity::quote).containsExactly("300 homes");
    }
}
