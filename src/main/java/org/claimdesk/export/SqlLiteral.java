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

    static String timestamp(Instant instant) {
        return "TIMESTAMPTZ '" + instant + "'";
    }
}
