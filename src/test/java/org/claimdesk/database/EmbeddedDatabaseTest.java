package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondProcessOnTheSameDirectory() throws Exception {
        Path data = dir.resolve("postgres");
        EmbeddedDatabase first = EmbeddedDatabase.start(data, 0);
        try {
            first.ensureDatabase("keep");
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("keep"), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text TEXT)");
                s.execute("INSERT INTO note VALUES ('still here')");
            }
            assertThatThrownBy(() -> EmbeddedDatabase.start(data, 0))
                    .isInstanceOf(EmbeddedDatabase.DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running ClaimDesk")
                    .hasMessageContaining(EmbeddedDatabase.DATA_DIR_ENV);
        } finally {
            first.stop();
        }

        EmbeddedDatabase second = EmbeddedDatabase.start(data, 0);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("keep"), "postgres", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT text FROM note")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }

    @Test
    void theServerIsDurableAndTellsACleanShutdownFromACrash() throws Exception {
        Path data = dir.resolve("durable");
        EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            for (String setting : EmbeddedDatabase.DURABILITY.keySet()) {
                try (ResultSet r = s.executeQuery("SHOW " + setting)) {
                    r.next();
                    assertThat(r.getString(1)).as(setting).isEqualTo("on");
                }
            }
            // a running server's pg_control says "in production": were it killed now, recovery would run
            assertThat(new ClusterDirectory(data).shutDownCleanly()).isFalse();
        } finally {
            db.stop();
        }
        assertThat(new ClusterDirectory(data).shutDownCleanly()).isTrue();
        assertThat(new ClusterDirectory(data).livePostmaster()).isEmpty();
    }

    @Test
    void aConfiguredUrlMeansNothingIsEmbedded() {
        assertThat(EmbeddedDatabase.externalUrlConfigured(Map.of(), null)).isFalse();
        assertThat(EmbeddedDatabase.externalUrlConfigured(Map.of(), "  ")).isFalse();
        assertThat(EmbeddedDatabase.externalUrlConfigured(
                Map.of(EmbeddedDatabase.URL_ENV, "jdbc:postgresql://db:5432/claimdesk"), null)).isTrue();
        assertThat(EmbeddedDatabase.externalUrlConfigured(Map.of(), "jdbc:postgresql://localhost/x")).isTrue();
    }

    @Test
    void dataDirectoryDefaultsToDataAndCanBeMoved() {
        assertThat(EmbeddedDatabase.dataDirectory(Map.of())).isEqualTo(Path.of("data", "postgres"));
        assertThat(EmbeddedDatabase.dataDirectory(Map.of(EmbeddedDatabase.DATA_DIR_ENV, "/srv/cd")))
                .isEqualTo(Path.of("/srv/cd", "postgres"));
    }
}
