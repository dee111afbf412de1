package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule that breaks fails loudly: the document is logged by name and counted, not silently left empty. */
class FailuresTest {

    private static final String DOCUMENT = "broken-rule-article.txt";

    @Test
    void aBrokenTypingRuleIsLoggedWithTheDocumentAndCounted() {
        List<ClaimTyper.Rule> rules = new ArrayList<>();
        rules.add(new ClaimTyper.Rule("broken", ClaimType.COUNT, java.util.EnumSet.allOf(QuantityPhrase.Kind.class), s -> {
            throw new IllegalStateException("this rule is broken");
        }, List.of()));
        rules.addAll(ClaimTyper.RULES);
        ClaimExtractor broken = new ClaimExtractor(rules);
        List<LogRecord> logged = new ArrayList<>();
        Logger jul = Logger.getLogger(ClaimExtractor.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        try {
            assertThat(broken.extract("The council hired 40 nurses.", DOCUMENT)).isEmpty();
            assertThat(broken.extract("No numbers here at all.", "quiet.txt")).isEmpty();
        } finally {
            jul.removeHandler(handler);
        }
        assertThat(broken.failures()).isEqualTo(1);
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getMessage()).contains(DOCUMENT);
            assertThat(r.getThrown()).hasMessage("this rule is broken");
        });
        assertThat(ClaimExtractor.DEFAULT.extract("The council hired 40 nurses.")).hasSize(1);
    }
}
