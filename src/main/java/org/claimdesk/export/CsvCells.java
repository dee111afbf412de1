package org.claimdesk.export;

/**
 * Text cells a spreadsheet must not run as a formula (CSV injection): one starting with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}, which spreadsheets show as
 * text and hide. Numeric columns never pass through here, so negative numbers stay numbers.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
