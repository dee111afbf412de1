package org.claimdesk.database;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.core.UnavailableException;

/**
 * Tells a database outage from other failures: somewhere in the cause chain the driver reports that
 * the connection failed or the server is not accepting work (SQLState class 08, shutdown, start-up,
 * too many connections), or the pool had no connection to give in time. Whether the request may
 * have taken effect depends on where the connection was lost: during the COMMIT the server may have
 * committed; before it, the transaction certainly rolled back.
 */
public final class DatabaseFailures {

    /** 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting, recovering), 53300 too_many_connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final int MAX_DEPTH = 50;

    public static final String NOTHING_CHANGED = "The database is unavailable, so nothing was changed. Try again in a few"
            + " seconds.";
    public static final String MAY_HAVE_APPLIED = "The database became unavailable while this change was being saved: it"
            + " may or may not have been applied. Check before you repeat it (try again in a few seconds).";

    private DatabaseFailures() {
    }

    /** The outage that {@code failure} reports, or empty when it is some other failure. */
    public static Optional<UnavailableException> unavailable(Throwable failure) {
        SQLException lost = null;
        boolean duringCommit = false;
        for (Throwable t : chain(failure)) {
            if (t instanceof UnavailableException known) {
                return Optional.of(known);
            }
            if (t instanceof SQLException sql && isOutage(sql)) {
                lost = lost == null ? sql : lost;
                duringCommit |= thrownByCommit(sql);
            }
        }
        if (lost == null) {
            return Optional.empty();
        }
        return Optional.of(new UnavailableException(duringCommit ? MAY_HAVE_APPLIED : NOTHING_CHANGED, duringCommit, lost));
    }

    /** Whether {@code failure} is a database outage. */
    public static boolean isOutage(Throwable failure) {
        return chain(failure).stream()
                .anyMatch(t -> t instanceof UnavailableException || (t instanceof SQLException sql && isOutage(sql)));
    }

    /**
     * {@code failure}, its causes and what they suppressed: the transaction manager reports a failed
     * commit as a suppressed XAException beside its RollbackException, not as its cause.
     */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = todo.poll();
            if (seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return seen;
    }

    /**
     * A short reason for the log, from the driver's own words about the connection (never SQL or
     * data: connection failures carry neither).
     */
    static String reason(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && isOutage(sql)) {
                String message = String.valueOf(sql.getMessage());
                int end = message.indexOf('\n');
                message = end < 0 ? message : message.substring(0, end);
                return (sql.getSQLState() == null ? "" : "SQLState " + sql.getSQLState() + ": ")
                        + (message.length() > 200 ? message.substring(0, 200) + "..." : message);
            }
        }
        return failure.getClass().getSimpleName();
    }

    static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        // Agroal's own words when no connection could be had within the acquisition timeout
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("acquisition timeout");
    }

    /** Whether the driver raised {@code e} inside {@code Connection.commit()}: the COMMIT was (being) sent. */
    private static boolean thrownByCommit(SQLException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getMethodName().equals("commit") && frame.getClassName().endsWith("Connection")) {
                return true;
            }
        }
        return false;
    }
}
