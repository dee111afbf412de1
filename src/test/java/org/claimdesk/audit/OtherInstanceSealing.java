package org.claimdesk.audit;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds the sealer's advisory lock on a connection of its own, as the sealer of another instance
 * does in the middle of a round: while it is open, no sealer of this instance can seal.
 */
final class OtherInstanceSealing implements AutoCloseable {

    private final Connection connection;

    OtherInstanceSealing(AgroalDataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + AuditSealer.SEALER_LOCK + ")");
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } finally {
            connection.close();
        }
    }
}
