package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimdesk.TestDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V10 on a log the old chain lock wrote: the entries keep verifying (format 1, numbered in id order
 * despite the gaps in their ids, a 1,002-digit number among them) and new entries seal after them.
 * Runs on a database of its own on the tests' PostgreSQL.
 */
@QuarkusTest
class AuditMigrationTest {

    private static final String DATABASE = "claimdesk_audit_migration";
    private static final long[] OLD_IDS = { 3, 4, 7, 8, 20 };

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String testUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    private String url() {
        return testUrl.replace("/" + TestDatabase.DATABASE, "/" + DATABASE);
    }

    private void recreate() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        recreate();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url(), user, "").locations("classpath:db/migration").target(target)
                .load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, "");
    }

    /** Writes entries exactly as the old AuditLog did: legacy canonical text, hash over it, linked in id order. */
    private static void writeOldChain(Connection c) throws SQLException {
        String prev = AuditLog.GENESIS;
        Instant at = Instant.parse("2026-02-01T10:00:00.123456Z");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (id, at, actor, action, entity_type,"
                + " entity_id, before, after, reason, prev_hash, hash) VALUES (?, CAST(? AS timestamptz), 'editor',"
                + " 'CLAIM_EDITED', 'CLAIM', 9, NULL, CAST(? AS jsonb), ?, ?, ?)")) {
            for (int i = 0; i < OLD_IDS.length; i++) {
                Object value = i == 2 ? new BigDecimal("1e1001") : i == 3 ? new BigDecimal("1e-1001") : i;
                String after = LegacyCanonicalJson.of(Map.of("value", value, "unit", "seats"));
                String reason = i == 1 ? "a reason" : null;
                Instant when = at.plus(i, ChronoUnit.MINUTES);
                String hash = AuditHash.legacy(OLD_IDS[i], when, "editor", "CLAIM_EDITED", "CLAIM", 9L, null, after,
                        reason, prev);
                s.setLong(1, OLD_IDS[i]);
                s.setString(2, when.toString());
                s.setString(3, after);
                s.setString(4, reason);
                s.setString(5, prev);
                s.setString(6, hash);
                s.executeUpdate();
                prev = hash;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("SELECT setval('audit_log_id_seq', 20)");
        }
    }

    private static List<AuditRecord> chain(Connection c) throws SQLException {
        List<AuditRecord> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(AuditChain.COLUMNS + " WHERE seq IS NOT NULL ORDER BY seq")) {
            while (rs.next()) {
                out.add(AuditChain.read(rs));
            }
        }
        return out;
    }

    private static AuditVerifier.Result verify(List<AuditRecord> entries) {
        AuditVerifier verifier = AuditVerifier.fromGenesis();
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    @Test
    void oldEntriesKeepVerifyingAndNewOnesSealAfterThem() throws Exception {
        flyway("2").migrate();
        try (Connection c = connect()) {
            writeOldChain(c);
        }
        flyway("latest").migrate();
        try (Connection c = connect()) {
            List<AuditRecord> old = chain(c);
            assertThat(old).extracting(AuditRecord::id).containsExactly(3L, 4L, 7L, 8L, 20L);
            assertThat(old).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(old).allMatch(e -> e.format() == AuditHash.FORMAT_LEGACY);
            AuditVerifier.Result before = verify(old);
            assertThat(before.ok()).as("%s", before).isTrue();

            // a new entry arrives unsealed and is sealed after the old ones, as the sealer does it
            Instant at = Instant.parse("2026-03-01T08:00:00.5Z");
            String value = CanonicalJson.of(Map.of("value", new BigDecimal("1e1001")));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (id, at, actor, action, entity_type,"
                    + " entity_id, after, format, content_hash) VALUES (nextval('audit_log_id_seq'),"
                    + " CAST(? AS timestamptz), 'editor', 'CLAIM_EDITED', 'CLAIM', 9, CAST(? AS jsonb), 2, ?)")) {
                s.setString(1, at.toString());
                s.setString(2, value);
                s.setString(3, AuditHash.content(at, "editor", "CLAIM_EDITED", "CLAIM", 9L, null, value, null));
                s.executeUpdate();
            }
            AuditRecord unsealed;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(AuditChain.COLUMNS + " WHERE hash IS NULL")) {
                assertThat(rs.next()).isTrue();
                unsealed = AuditChain.read(rs);
            }
            AuditRecord sealed = unsealed.sealedAs(6, before.lastHash());
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
                s.setLong(1, sealed.seq());
                s.setString(2, sealed.prevHash());
                s.setString(3, sealed.hash());
                s.setLong(4, sealed.id());
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            List<AuditRecord> all = chain(c);
            assertThat(all).hasSize(6);
            AuditVerifier.Result after = verify(all);
            assertThat(after.ok()).as("%s", after).isTrue();
            assertThat(after.lastSeq()).isEqualTo(6);
        }
    }
}
