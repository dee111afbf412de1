package org.claimdesk.extraction;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example of every number table: each row of scales, units, currencies, bounds and
 * multiples must give, on its own sentence, the quantity its example says. A new row without a
 * working example fails here.
 */
class RuleTablesTest {

    @TestFactory
    Stream<DynamicTest> scales() {
        return examples(Scales.rows(), (e, q) -> assertThat(q.value()).isEqualByComparingTo(e.expected()));
    }

    @TestFactory
    Stream<DynamicTest> units() {
        return examples(Units.rows(), (e, q) -> {
            String[] expected = e.expected().split(" ", 2);
            assertThat(q.value()).isEqualByComparingTo(expected[0]);
            assertThat(q.unit()).isEqualTo(expected[1]);
        });
    }

    @TestFactory
    Stream<DynamicTest> currencies() {
        return examples(Currencies.rows(), (e, q) -> {
            String[] expected = e.expected().split(" ");
            assertThat(q.value()).isEqualByComparingTo(expected[0]);
            assertThat(q.unit()).isEqualTo(expected[1]);
            assertThat(q.type()).isEqualTo(ClaimType.MONEY);
        });
    }

    @TestFactory
    Stream<DynamicTest> bounds() {
        return examples(Bounds.rows(), (e, q) -> {
            assertThat(q.bound()).isEqualTo(e.expected());
            assertThat(q.approx()).isTrue();
        });
    }

    @TestFactory
    Stream<DynamicTest> multiples() {
        return examples(Table.read("multiples.tsv", 3, 3), (e, q) -> {
            assertThat(q.value()).isEqualByComparingTo(new BigDecimal(e.expected()));
            assertThat(q.unit()).isEqualTo("times");
            assertThat(q.type()).isEqualTo(ClaimType.OTHER);
        });
    }

    /** One test per example; a row without examples is a failure of its own. */
    private static Stream<DynamicTest> examples(List<Table.Row> rows, BiConsumer<Table.Example, Quantity> check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Table.Row row : rows) {
            String where = row.source() + ":" + row.line() + " " + row.cell(0);
            if (row.examples().isEmpty()) {
                tests.add(DynamicTest.dynamicTest(where, () -> {
                    throw new AssertionError(where + " has no example");
                }));
            }
            for (Table.Example e : row.examples()) {
                tests.add(DynamicTest.dynamicTest(where + ": " + e.sentence(), () -> check.accept(e, quantity(e))));
            }
        }
        return tests.stream();
    }

    static Quantity quantity(Table.Example e) {
        List<Quantity> all = Extract.all(e.sentence());
        return all.stream().filter(q -> q.quote().equals(e.quote())).findFirst().orElseThrow(() -> new AssertionError(
                "no quantity quoted '" + e.quote() + "' in <" + e.sentence() + ">; found " + all.stream().map(Quantity::quote).toList()));
    }
}
