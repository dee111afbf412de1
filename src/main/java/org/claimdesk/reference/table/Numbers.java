package org.claimdesk.reference.table;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as publishers write them: "72,580" or "72580", "-3.5"; nothing else. */
public final class Numbers {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** The number, or null when the text is not one. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (digitsOnly(t)) {
            return new BigDecimal(t); // the common case, without a regex
        }
        if (PLAIN.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        if (GROUPED.matcher(t).matches()) {
            return new BigDecimal(t.replace(",", ""));
        }
        return null;
    }

    private static boolean digitsOnly(String t) {
        if (t.isEmpty() || t.length() > 18) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "1,760", "33.7", "-35.68". */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        f.setParseBigDecimal(true);
        return f.format(v);
    }
}
