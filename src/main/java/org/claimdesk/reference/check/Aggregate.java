package org.claimdesk.reference.check;

import java.util.Locale;
import org.claimdesk.core.InvalidInputException;

/**
 * What a check computes over the rows its filters and period leave.
 *
 * @param function COUNT rows; SUM a column; VALUE of a column in the one row left; SHARE, 100 x the
 *                 sum of {@code column} over the sum of {@code of}; PERCENT_CHANGE of the sum of
 *                 {@code column} from the {@code base} period to the check's period
 * @param column   the column summed or read; null for COUNT (SUM defaults to the table's value column)
 */
public record Aggregate(String function, String column, String of, Period base) {

    public enum Function { COUNT, SUM, VALUE, SHARE, PERCENT_CHANGE }

    public static Aggregate count() {
        return new Aggregate("COUNT", null, null, null);
    }

    public static Aggregate sum(String column) {
        return new Aggregate("SUM", column, null, null);
    }

    public static Aggregate value(String column) {
        return new Aggregate("VALUE", column, null, null);
    }

    public static Aggregate share(String column, String of) {
        return new Aggregate("SHARE", column, of, null);
    }

    public static Aggregate change(String column, Period base) {
        return new Aggregate("PERCENT_CHANGE", column, null, base);
    }

    public Function fn() {
        if (function == null || function.isBlank()) {
            throw InvalidInputException.of("aggregate", "say what to compute: one of COUNT, SUM, VALUE, SHARE,"
                    + " PERCENT_CHANGE");
        }
        try {
            return Function.valueOf(function.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("aggregate", "unknown function '" + function
                    + "'; one of COUNT, SUM, VALUE, SHARE, PERCENT_CHANGE");
        }
    }
}
