package org.claimdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The stats read statuses, verdicts and audit actions as stored strings; this keeps those strings
 * the workflow's own names, so a renamed status or action fails here rather than counting zero.
 */
class StatsVocabularyTest {

    @Test
    void statusesAndVerdictsAreTheWorkflows() {
        assertThat(StatsQueries.STATUSES).containsExactlyElementsOf(Arrays.stream(ClaimStatus.values())
                .filter(s -> s != ClaimStatus.CANDIDATE).map(Enum::name).toList());
        assertThat(StatsQueries.VERDICTS).containsExactlyElementsOf(Arrays.stream(Verdict.values()).map(Enum::name)
                .toList());
    }

    @Test
    void everyActionTheSummariesFollowIsAWorkflowAction() throws IOException {
        String migration;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V30__stats_summaries.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> actions = Arrays.stream(ClaimAction.values()).map(a -> "CLAIM_" + a.name()).toList();
        Matcher m = Pattern.compile("'(CLAIM_[A-Z_]+)'").matcher(migration);
        int seen = 0;
        while (m.find()) {
            seen++;
            // the lease sweep writes its own action for the system's release
            if (!m.group(1).equals("CLAIM_LEASE_EXPIRED")) {
                assertThat(actions).as(m.group(1)).contains(m.group(1));
            }
        }
        assertThat(seen).isGreaterThan(10);
        for (String used : List.of(StatsQueries.SUBMIT, StatsQueries.PROPOSE, StatsQueries.APPROVE,
                StatsQueries.SEND_BACK, StatsQueries.NEEDS_INFO, StatsQueries.PUBLISH)) {
            assertThat(actions).contains(used);
        }
    }
}
