package org.claimdesk.extraction;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every typing rule types its own examples: right type, decided by that rule and not by an earlier one. */
class ClaimTyperTest {

    @TestFactory
    Stream<DynamicTest> everyRuleTypesItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ClaimTyper.Rule rule : ClaimTyper.RULES) {
            for (String example : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.name() + ": " + example, () -> {
                    RuleExamples.Example e = RuleExamples.parse(example);
                    ClaimExtractor.Traced t = RuleExamples.find(e);
                    assertThat(t.typeRule()).as("deciding rule").isEqualTo(rule.name());
                    ClaimType expected = rule.type() != null ? rule.type() : ClaimType.valueOf(e.expected());
                    assertThat(t.quantity().type()).isEqualTo(expected);
                    assertThat(t.quantity().claim()).as("a claim").isTrue();
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasAnExampleAndTheLastAppliesToAll() {
        assertThat(ClaimTyper.RULES).allSatisfy(r -> assertThat(r.examples()).as(r.name()).isNotEmpty());
        assertThat(ClaimTyper.ruleNames()).doesNotHaveDuplicates();
        assertThat(ClaimTyper.RULES.get(ClaimTyper.RULES.size() - 1).type()).isEqualTo(ClaimType.COUNT);
    }

    @Test
    void moneyWithoutASymbolTakesTheArticlesCurrency() {
        String text = "The council's budget is £40m.\n\nIt has spent tens of millions on consultants.";
        Quantity q = Extract.find(text, "tens of millions").orElseThrow();
        assertThat(q.type()).isEqualTo(ClaimType.MONEY);
        assertThat(q.unit()).isEqualTo("GBP");
    }

    @Test
    void aPollMentionedEarlierTypesTheListAfterIt() {
        String text = "A new poll puts Reform ahead.\n\nThe Greens are fourth on 11%. Inflation is at 3%.";
        assertThat(Extract.claims(text)).extracting(Quantity::type)
                .containsExactly(ClaimType.POLL_SHARE, ClaimType.PERCENTAGE);
    }

    @Test
    void membersCountedOutsideAResultAreCounts() {
        assertThat(Extract.only("After the election, 40 Labour MPs signed a letter.").type()).isEqualTo(ClaimType.COUNT);
        assertThat(Extract.only("Up to 40 MPs could rebel over the seats plan.").type()).isEqualTo(ClaimType.COUNT);
    }
}
