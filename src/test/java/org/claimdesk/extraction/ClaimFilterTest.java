package org.claimdesk.extraction;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exclusion rule decides its own examples: right reason, and decided by that rule, not an earlier one. */
class ClaimFilterTest {

    @TestFactory
    Stream<DynamicTest> everyRuleDecidesItsExamples() {
        List<ClaimFilter.Rule> rules = new ArrayList<>(ClaimFilter.RULES);
        rules.add(ClaimFilter.QUESTION);
        List<DynamicTest> tests = new ArrayList<>();
        for (ClaimFilter.Rule rule : rules) {
            for (String example : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.name() + ": " + example, () -> {
                    RuleExamples.Example e = RuleExamples.parse(example);
                    ClaimExtractor.Traced t = RuleExamples.find(e);
                    assertThat(t.exclusionRule()).as("deciding rule").isEqualTo(rule.name());
                    assertThat(t.quantity().reason()).isEqualTo(rule.exclusion());
                    assertThat(t.quantity().claim()).isEqualTo(rule.exclusion() == null);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasAnExampleAndAName() {
        assertThat(ClaimFilter.RULES).allSatisfy(r -> assertThat(r.examples()).as(r.name()).isNotEmpty());
        assertThat(ClaimFilter.ruleNames()).doesNotHaveDuplicates();
    }

    @Test
    void rangePartnersShareAnAge() {
        Quantity fourteen = Extract.find("The rule covers 14 to 16-year-olds at school.", "14").orElseThrow();
        assertThat(fourteen.reason()).isEqualTo(Exclusion.AGE);
    }

    @Test
    void theSmallCountsThatAreClaims() {
        assertThat(Extract.claims("Labour won one of the two seats.")).extracting(Quantity::quote).contains("two seats");
        assertThat(Extract.claims("The party has two MPs in the county.")).extracting(Quantity::quote).containsExactly("two MPs");
        assertThat(Extract.claims("Three people were hurt in the crash.")).extracting(Quantity::quote)
                .containsExactly("Three people");
    }
}
