package org.claimdesk.reference.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Polling days of UK general elections since 1945: results tables carry no date of their own
 * (the 2019 table only its declaration times), and "the last general election" is relative to
 * an article's date.
 */
public final class UkElections {

    /** Polling days, oldest first. */
    public static final List<LocalDate> DAYS = List.of(
            LocalDate.of(1945, 7, 5), LocalDate.of(1950, 2, 23), LocalDate.of(1951, 10, 25),
            LocalDate.of(1955, 5, 26), LocalDate.of(1959, 10, 8), LocalDate.of(1964, 10, 15),
            LocalDate.of(1966, 3, 31), LocalDate.of(1970, 6, 18), LocalDate.of(1974, 2, 28),
            LocalDate.of(1974, 10, 10), LocalDate.of(1979, 5, 3), LocalDate.of(1983, 6, 9),
            LocalDate.of(1987, 6, 11), LocalDate.of(1992, 4, 9), LocalDate.of(1997, 5, 1),
            LocalDate.of(2001, 6, 7), LocalDate.of(2005, 5, 5), LocalDate.of(2010, 5, 6),
            LocalDate.of(2015, 5, 7), LocalDate.of(2017, 6, 8), LocalDate.of(2019, 12, 12),
            LocalDate.of(2024, 7, 4));

    private UkElections() {
    }

    /** The general election held in {@code year} (the later one in 1974), if any. */
    public static Optional<LocalDate> inYear(int year) {
        LocalDate found = null;
        for (LocalDate d : DAYS) {
            if (d.getYear() == year) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The last election held on or before {@code date}. */
    public static Optional<LocalDate> lastOnOrBefore(LocalDate date) {
        LocalDate found = null;
        for (LocalDate d : DAYS) {
            if (!d.isAfter(date)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The election before {@code election}. */
    public static Optional<LocalDate> before(LocalDate election) {
        return lastOnOrBefore(election.minusDays(1));
    }

    /** Polling day of a count declared on {@code declared} (declarations run into the next day or two). */
    public static Optional<LocalDate> declaredOn(LocalDate declared) {
        return lastOnOrBefore(declared).filter(d -> !d.isBefore(declared.minusDays(3)));
    }
}
