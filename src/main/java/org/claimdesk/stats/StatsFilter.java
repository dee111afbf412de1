package org.claimdesk.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.claimdesk.core.InvalidInputException;

/**
 * Which part of the desk the figures cover: a period of days (UTC, both ends inclusive, either
 * open) and an outlet (matched without regard to case). What "in the period" means differs by
 * figure and is said with each in {@link DeskStats}.
 */
public record StatsFilter(LocalDate from, LocalDate to, String outlet) {

    /** Dates outside these years are typing mistakes, not periods anyone asks about. */
    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    static final int MAX_OUTLET = 200;

    public static final StatsFilter ALL = new StatsFilter(null, null, null);

    /** Reads query parameters; a value that does not parse or is out of range is a 400 naming its field. */
    public static StatsFilter parse(String from, String to, String outlet) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw InvalidInputException.of("to", "the end of the period (" + t + ") is before its start (" + f + ")");
        }
        String o = outlet == null || outlet.isBlank() ? null : outlet.strip();
        if (o != null && o.length() > MAX_OUTLET) {
            throw InvalidInputException.of("outlet", "may be at most " + MAX_OUTLET + " characters");
        }
        return new StatsFilter(f, t, o);
    }

    /** Start of the period as an instant (midnight UTC), or null when open. */
    OffsetDateTime fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime();
    }

    /** The first instant after the period (midnight UTC after {@code to}), or null when open. */
    OffsetDateTime untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime();
    }

    private static LocalDate date(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "'" + s + "' is not a date (YYYY-MM-DD)");
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw InvalidInputException.of(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return d;
    }
}
