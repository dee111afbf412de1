package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreOutages() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        RuntimeException wrapped = new RuntimeException("could not prepare statement", new IllegalStateException(refused));
        assertThat(DatabaseFailures.unavailable(wrapped)).hasValueSatisfying(u -> {
            assertThat(u.mayHaveApplied()).isFalse();
            assertThat(u.detail()).isEqualTo(DatabaseFailures.NOTHING_CHANGED);
        });
        assertThat(DatabaseFailures.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseFailures.isOutage(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseFailures.isOutage(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void otherSqlErrorsAreNot() {
        assertThat(DatabaseFailures.unavailable(new SQLIntegrityConstraintViolationException("duplicate key", "23505")))
                .isEmpty();
        assertThat(DatabaseFailures.unavailable(new IllegalArgumentException("no"))).isEmpty();
    }

    @Test
    void theReasonIsTheDriversFirstLineWithoutTheRest() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.\nDetail: more", "08006");
        assertThat(DatabaseFailures.reason(new RuntimeException(lost)))
                .isEqualTo("SQLState 08006: An I/O error occurred while sending to the backend.");
    }
}
