package org.claimdesk.database;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops log records caused by a database outage (a stack trace per failed request, from Narayana,
 * the sign-in check or anyone else): {@link DatabaseMonitor} logs one line when the database goes
 * away and one when it is back. Set on the console handler in application.properties.
 */
@LoggingFilter(name = "database-outage")
public final class OutageLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        return thrown == null || !DatabaseFailures.isOutage(thrown);
    }
}
