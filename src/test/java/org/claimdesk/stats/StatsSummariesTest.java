package org.claimdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The summaries the trigger keeps entry by entry are the ones stats_rebuild() (which V30 runs on
 * the history it finds) makes from the whole log, out-of-order entries included.
 */
@QuarkusTest
@TestProfile(StatsProfile.class)
class StatsSummariesTest {

    private static final Map<String, String> TABLES = Map.of(
            "stats_claim_flow", "claim_id",
            "stats_stage_time", "claim_id, stage",
            "stats_action_day", "day, action, actor, outlet",
            "stats_stage_count", "outlet, stage, week, bucket",
            "stats_stage_count_all", "stage, week, bucket");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTriggersSummariesEqualARebuildFromTheLog() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Workflows w = new Workflows(c);
            long article = w.article("Summaries Courier");
            Instant monday = Instant.parse("2025-06-02T10:00:00Z");
            Workflows.Claim late = w.insert(new Workflows.Claim(article, "IN_REVIEW", monday.minusSeconds(7200))
                    .assignee("reviewer").step("SUBMIT", "editor", monday.minusSeconds(3600))
                    .step("TAKE", "reviewer", monday.plusSeconds(8 * 86400)));
            w.insert(new Workflows.Claim(article, "PUBLISHED", monday).verdict("ACCURATE")
                    .step("SUBMIT", "editor", monday.plusSeconds(60)).step("TAKE", "reviewer", monday.plusSeconds(600))
                    .step("PROPOSE_VERDICT", "reviewer", monday.plusSeconds(6000))
                    .step("SEND_BACK", "reviewer2", monday.plusSeconds(7000))
                    .step("PROPOSE_VERDICT", "reviewer", monday.plusSeconds(9000))
                    .step("APPROVE", "reviewer2", monday.plusSeconds(9900))
                    .step("PUBLISH", "editor", monday.plusSeconds(12000)));
            // an earlier take recorded after the later one: the stage moves back a week
            w.step(late.id, "TAKE", "reviewer2", monday.plusSeconds(3600));

            List<String> kept = snapshot(c);
            assertThat(kept).anyMatch(r -> r.startsWith("stats_stage_time|" + late.id + "|taken|"));
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT stats_rebuild()");
                assertThat(snapshot(c)).containsExactlyElementsOf(kept);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            assertThat(kept).contains("stats_stage_time|" + late.id + "|taken|2025-06-02T11:00:00Z|2025-06-02|"
                    + "summaries courier|2.0|27");
        }
    }

    /** Every summary row as text, in key order; counts that went back to zero are as good as absent. */
    private static List<String> snapshot(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> table : new java.util.TreeMap<>(TABLES).entrySet()) {
            String where = table.getKey().startsWith("stats_stage_count") ? " WHERE n <> 0" : "";
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table.getKey()
                    + where + " ORDER BY " + table.getValue())) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder(table.getKey());
                    for (int i = 1; i <= columns; i++) {
                        Object v = r.getObject(i);
                        row.append('|').append(v instanceof java.sql.Timestamp t ? t.toInstant() : v);
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}
