package org.claimdesk.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display values for templates, kept out of the templates themselves: numbers and times. */
@TemplateExtension
public final class Display {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    /** A number without exponent or trailing zeros: 1.20E+3 is "1200". */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A number as people read it, with thousands separators: 4200000 is "4,200,000". */
    public static String grouped(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(Locale.UK));
        f.setParseBigDecimal(true);
        return v.abs().compareTo(BigDecimal.TEN.pow(15)) > 0 ? v.toPlainString() : f.format(v);
    }

    /** A fraction as a signed percentage: 0.2 -> "+20.0%". */
    static String percent(BigDecimal fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction.doubleValue() * 100);
    }

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
