package org.claimdesk.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "from A to B" and its kin are one change linking two quantities, not two unrelated numbers. */
class ChangesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Unemployment rose from 4.2% to 4.8% this year.                 | 4.2%       | 4.8%       | 4.2  | 4.8  | UP
            The lead narrowed to 3 points from 7 points overnight.         | 7 points   | 3 points   | 7    | 3    | DOWN
            Fares were cut from £5 to £4 in the city.                      | £5         | £4         | 5    | 4    | DOWN
            Some 36,900 people crossed, down from 45,700 a year before.    | 45,700     | 36,900     | 45700 | 36900 | DOWN
            Exports reached £9bn, up from £7bn in the spring.              | £7bn       | £9bn       | 7000000000 | 9000000000 | UP
            Leave will grow from six months to nine under the plan.        | six months | nine       | 6    | 9    | UP
            Inflation fell to 2.1% from 2.4% in May.                       | 2.4%       | 2.1%       | 2.4  | 2.1  | DOWN
            """)
    void fromAndTo(String sentence, String fromQuote, String toQuote, String from, String to, Change.Direction direction) {
        List<Quantity> all = Extract.all(sentence);
        Quantity a = all.stream().filter(q -> q.quote().contains(fromQuote))
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        Quantity b = all.stream().filter(q -> q.quote().contains(toQuote))
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        for (Quantity q : List.of(a, b)) {
            assertThat(q.change()).as(q.quote()).isNotNull();
            assertThat(q.change().from()).isEqualByComparingTo(from);
            assertThat(q.change().to()).isEqualByComparingTo(to);
            assertThat(q.change().by()).isNull();
            assertThat(q.change().direction()).isEqualTo(direction);
        }
        assertThat(a.change().role()).isEqualTo(Change.Role.FROM);
        assertThat(b.change().role()).isEqualTo(Change.Role.TO);
        assertThat(a.change().linkedStart()).isEqualTo(b.start());
        assertThat(a.change().linkedEnd()).isEqualTo(b.end());
        assertThat(b.change().linkedStart()).isEqualTo(a.start());
    }

    @Test
    void byAToBGivesTheAmountOfTheChange() {
        List<Quantity> c = Extract.claims("The average bill will go up by £106 to £2,280.");
        assertThat(c).hasSize(2);
        Change by = c.get(0).change();
        assertThat(by.role()).isEqualTo(Change.Role.BY);
        assertThat(by.by()).isEqualByComparingTo("106");
        assertThat(by.to()).isEqualByComparingTo("2280");
        assertThat(by.from()).isNull();
        assertThat(by.direction()).isEqualTo(Change.Direction.UP);
        assertThat(c.get(1).change().role()).isEqualTo(Change.Role.TO);
        assertThat(Extract.claims("Waiting lists fell by 300 to 4,100.").get(0).change().direction())
                .isEqualTo(Change.Direction.DOWN);
    }

    @Test
    void rangesYearsAndLoneNumbersAreNoChanges() {
        assertThat(Extract.all("The fee was between £25,000 and £35,000 a year.")).allSatisfy(q -> assertThat(q.change()).isNull());
        assertThat(Extract.all("The scheme ran from 2019 to 2024.")).allSatisfy(q -> assertThat(q.change()).isNull());
        assertThat(Extract.all("Prices rose to £4 in the town.")).allSatisfy(q -> assertThat(q.change()).isNull());
        assertThat(Extract.all("The rule covers 14 to 16-year-olds at school.")).allSatisfy(q -> assertThat(q.change()).isNull());
    }

    @Test
    void jsonCarriesTheChangeAsTheApiWritesIt() throws Exception {
        Quantity q = Extract.claims("Unemployment rose from 4.2% to 4.8% this year.").get(1);
        JsonNode change = new ObjectMapper().valueToTree(q).get("change");
        assertThat(change.get("from").decimalValue()).isEqualByComparingTo("4.2");
        assertThat(change.get("to").decimalValue()).isEqualByComparingTo("4.8");
        assertThat(change.get("direction").asText()).isEqualTo("UP");
        assertThat(change.get("role").asText()).isEqualTo("TO");
        assertThat(new ObjectMapper().valueToTree(Extract.only("The county cut 12 routes.")).get("change").isNull()).isTrue();
    }
}
