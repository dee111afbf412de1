package org.claimdesk.export;

import java.time.Instant;

/**
 * SQL literals for statements that cannot take bind parameters ({@code COPY (SELECT ...)}). Text is
 * written as an escape string ({@code E'...'}), whose meaning does not depend on the server's
 * {@code standard_conforming_strings}: backslashes and quotes are doubled, nothing else is special.
 */
final class SqlLiteral {

    private SqlLiteral() {
    }

    static String text(String value) {
        if (value.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold NUL; filters refuse it before this point
            throw new IllegalArgumentException("a NUL character cannot be an SQL literal");
        }
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** A literal for any value a claim filter binds: text, whole or decimal numbers, times. */
    static String of(Object value) {
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return java.math.BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return timestamp(t.toInstant());
        }
        throw new IllegalArgumentException("no SQL literal for a " + value.getClass().getSimpleName());
    }

    static String timestamp(Instant instant) {
        return "TIMESTAMPTZ '" + instant + "'";
    }
}
