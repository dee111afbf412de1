package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every number form of the guidelines, on sentences written for these tests. */
class NumberFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The charity helped 17,000 families over the winter.        | 17000
            Inflation was running at 1.5 in the index.                  | 1.5
            The clerk recorded seventeen thousand objections.           | 17000
            They counted twenty-one ballot boxes.                       | 21
            The council will sell three hundred and five houses.        | 305
            The town hall employs 5k contractors.                       | 5000
            Some one-and-a-half million households lost out.            | 1500000
            Roughly half a million tenants were affected.               | 500000
            A quarter of a million people marched.                      | 250000
            It was signed by a dozen councillors.                       | 12
            The party gave out 1.2 million leaflets.                    | 1200000
            """)
    void readsCounts(String sentence, String expected) {
        assertThat(Extract.only(sentence).value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The scheme will cost £1.2bn over four years.         | 1200000000 | GBP
            Officials set aside £2.5m for repairs.               | 2500000    | GBP
            The mayor spent $40 million on roads.                | 40000000   | USD
            The fine was €300 per breach.                        | 300        | EUR
            Each leaflet costs three pence to print.             | 0.03       | GBP
            A pint rose by 20p at the club.                      | 0.2        | GBP
            She was paid 500 pounds for the article.             | 500        | GBP
            The donor gave the party £135,00 last week.          | 135000     | GBP
            """)
    void readsMoney(String sentence, String expected, String unit) {
        Quantity q = Extract.claims(sentence).get(0);
        assertThat(q.value()).isEqualByComparingTo(expected);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.type()).isEqualTo(ClaimType.MONEY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Unemployment fell to 5% in the region.           | 5
            Unemployment fell to 5 per cent in the region.   | 5
            Unemployment fell to five percent in the region. | 5
            """)
    void readsPercentages(String sentence, String expected) {
        Quantity q = Extract.only(sentence);
        assertThat(q.value()).isEqualByComparingTo(expected);
        assertThat(q.unit()).isEqualTo("percent");
        assertThat(q.type()).isEqualTo(ClaimType.PERCENTAGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A third of councils missed the deadline.           | 0.333
            Two-thirds of tenants want a new landlord.         | 0.667
            One in four households cannot heat their homes.    | 0.25
            Eight out of 10 members backed the change.         | 0.8
            Almost half of the wards reported problems.        | 0.5
            Staff receive one eightieth of their salary.       | 0.0125
            Three-quarters of the budget went on wages.        | 0.75
            """)
    void readsFractions(String sentence, String expected) {
        Quantity q = Extract.only(sentence);
        assertThat(q.value().doubleValue()).isCloseTo(Double.parseDouble(expected), org.assertj.core.data.Offset.offset(0.001));
        assertThat(q.unit()).isEqualTo("fraction");
    }

    @Test
    void readsRangesWithHighEnd() {
        Quantity between = Extract.only("The fee was between £25,000 and £35,000 a year.");
        assertThat(between.value()).isEqualByComparingTo("25000");
        assertThat(between.high()).isEqualByComparingTo("35000");
        assertThat(between.approx()).isFalse();
        assertThat(between.quote()).isEqualTo("between £25,000 and £35,000 a year");

        Quantity dash = Extract.only("The hall holds 10-20 tables.");
        assertThat(dash.value()).isEqualByComparingTo("10");
        assertThat(dash.high()).isEqualByComparingTo("20");

        Quantity or = Extract.only("Repairs may take two or three years.");
        assertThat(or.value()).isEqualByComparingTo("2");
        assertThat(or.high()).isEqualByComparingTo("3");
        assertThat(or.unit()).isEqualTo("years");
    }

    @Test
    void rangeEndsShareTheScale() {
        Quantity q = Extract.only("Between 2 and 3 million people signed up.");
        assertThat(q.value()).isEqualByComparingTo("2000000");
        assertThat(q.high()).isEqualByComparingTo("3000000");
        Quantity pct = Extract.only("Pay rose by 4-6% this spring.");
        assertThat(pct.unit()).isEqualTo("percent");
        assertThat(pct.high()).isEqualByComparingTo("6");
    }

    @Test
    void fromToIsAChangeWithTwoClaims() {
        List<Quantity> c = Extract.claims("Leave will grow from six months to nine under the plan.");
        assertThat(c).extracting(Quantity::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(6), new BigDecimal(9));
        assertThat(c).extracting(Quantity::unit).containsExactly("months", "months");
    }

    @Test
    void readsBoundsAndHedges() {
        Quantity upTo = Extract.only("He earned up to £820,000 from speeches.");
        assertThat(upTo.quote()).isEqualTo("up to £820,000");
        assertThat(upTo.bound()).isEqualTo("<=");
        assertThat(upTo.approx()).isTrue();

        Quantity more = Extract.only("It is believed more than 270 clubs took part.");
        assertThat(more.bound()).isEqualTo(">");
        assertThat(more.quote()).isEqualTo("more than 270 clubs");

        Quantity least = Extract.only("At least 9,000 applicants were turned away.");
        assertThat(least.bound()).isEqualTo(">=");
        Quantity noFewer = Extract.only("No fewer than 300 firms applied.");
        assertThat(noFewer.bound()).isEqualTo(">=");
        assertThat(noFewer.quote()).isEqualTo("No fewer than 300 firms");
        assertThat(Extract.only("Fewer than 300 firms applied.").bound()).isEqualTo("<");

        Quantity around = Extract.only("A group of around 40 Labour MPs signed the letter.");
        assertThat(around.quote()).isEqualTo("around 40 Labour MPs");
        assertThat(around.approx()).isTrue();
        assertThat(around.bound()).isEqualTo("=");
        assertThat(around.unit()).isEqualTo("MPs");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thousands of farmers blocked the road.                    | 1000
            Tens of thousands of nurses went on strike.               | 10000
            Hundreds of millions of pounds were wasted.               | 100000000
            He took home a six-figure salary.                         | 100000
            Several hundred residents signed the petition.            | 300
            Dozens of volunteers cleared the park.                    | 12
            A few councillors voted against.                          | 3
            A couple of hundred protesters gathered.                  | 200
            """)
    void vagueNumbersAreApproximate(String sentence, String expected) {
        Quantity q = Extract.only(sentence);
        assertThat(q.value()).isEqualByComparingTo(expected);
        assertThat(q.approx()).isTrue();
    }

    @Test
    void quiteAFewIsNoClaim() {
        assertThat(Extract.claims("Quite a few councillors voted against.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The waiting list has doubled since the spring.    | 2
            The grant was halved by the new board.            | 0.5
            Rents rose three times faster than wages.         | 3
            """)
    void multiplesAreOtherTimes(String sentence, String expected) {
        Quantity q = Extract.only(sentence);
        assertThat(q.value()).isEqualByComparingTo(expected);
        assertThat(q.unit()).isEqualTo("times");
        assertThat(q.type()).isEqualTo(ClaimType.OTHER);
    }

    @Test
    void pollPoints() {
        Quantity ahead = Extract.only("A new poll puts the Greens one point ahead of the Liberals.");
        assertThat(ahead.quote()).isEqualTo("one point ahead");
        assertThat(ahead.value()).isEqualByComparingTo("1");
        assertThat(ahead.type()).isEqualTo(ClaimType.POLL_LEAD);

        Quantity lead = Extract.only("The survey gives the mayor a 20-point lead.");
        assertThat(lead.value()).isEqualByComparingTo("20");
        assertThat(lead.unit()).isEqualTo("points");
        assertThat(lead.type()).isEqualTo(ClaimType.POLL_LEAD);
    }

    @Test
    void oneAndAHalfAsDecimalWords() {
        assertThat(Extract.only("Growth reached one point five in the spring figures.").value()).isEqualByComparingTo("1.5");
    }

    @Test
    void metresWhenTheContextMeasuresLength() {
        Quantity q = Extract.only("The new fence stretches for about 300m along the canal.");
        assertThat(q.value()).isEqualByComparingTo("300");
        assertThat(q.unit()).isEqualTo("metres");
        Quantity money = Extract.only("The agency handed out 300m vouchers.");
        assertThat(money.value()).isEqualByComparingTo("300000000");
    }

    @Test
    void temperatureTargets() {
        Quantity q = Extract.only("Leaders agreed to limit warming to 1.5C.");
        assertThat(q.value()).isEqualByComparingTo("1.5");
        assertThat(q.unit()).isEqualTo("degrees C");
    }

    @Test
    void measuredDurationsAreClaims() {
        assertThat(Extract.only("The inquiry lasted 43 years in total.").unit()).isEqualTo("years");
        assertThat(Extract.only("Parents get nine months' paid leave.").value()).isEqualByComparingTo("9");
        assertThat(Extract.only("He was jailed for three years.").type()).isEqualTo(ClaimType.OTHER);
        assertThat(Extract.only("She stayed away for just more than a year.").value()).isEqualByComparingTo("1");
        assertThat(Extract.only("Unions called a one day strike.").value()).isEqualByComparingTo("1");
    }

    @Test
    void changesByAToBAreTwoClaims() {
        assertThat(Extract.claims("The average bill will go up by £106 to £2,280.")).extracting(Quantity::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal(106), new BigDecimal(2280));
    }

    @Test
    void hedgedHalfIsAShareButHalfAMillionIsACount() {
        assertThat(Extract.only("About half of the wards voted.").value()).isEqualByComparingTo("0.5");
        assertThat(Extract.only("Benefits rose to about half in the north.").value()).isEqualByComparingTo("0.5");
        assertThat(Extract.only("Nearly half a million children were absent.").value()).isEqualByComparingTo("500000");
    }

    @Test
    void commonsDivisionGivesTwoVoteCounts() {
        assertThat(Extract.claims("MPs voted 320 to 210 in favour of the bill.")).extracting(Quantity::type)
                .containsExactly(ClaimType.VOTE_COUNT, ClaimType.VOTE_COUNT);
    }

    @Test
    void ratioMarginIsPollLead() {
        Quantity q = Extract.only("Members backed the deal by two to one in the ballot.");
        assertThat(q.unit()).isEqualTo("ratio");
        assertThat(q.type()).isEqualTo(ClaimType.POLL_LEAD);
    }

    @Test
    void partitivesGiveTwoClaims() {
        assertThat(Extract.claims("Five of the eight drivers were fined.")).hasSize(2);
    }

    @Test
    void aFractionalChangeAfterBy() {
        Quantity q = Extract.only("Bus fares have risen by a third since the spring.");
        assertThat(q.quote()).isEqualTo("a third");
        assertThat(q.value()).isEqualByComparingTo("0.333333");
        assertThat(Extract.only("The deficit fell by a quarter.").value()).isEqualByComparingTo("0.25");
        // an ordinal after "a" is still no claim
        assertThat(Extract.claims("She won a third term.")).isEmpty();
    }
}
