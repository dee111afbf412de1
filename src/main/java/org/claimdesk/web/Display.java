package org.claimdesk.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;

/** Display values for templates, kept out of the templates themselves. */
@TemplateExtension
public final class Display {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    /** CSS class of a status badge and highlight colour. */
    static String css(ClaimStatus status) {
        return "st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A status as people read it. */
    static String label(ClaimStatus status) {
        String s = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An action as a button says it. */
    static String label(ClaimAction action) {
        String s = action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** "≈ 40–50 MPs", "> 300 seats", "17000 people". */
    static String figure(ClaimView c) {
        StringBuilder b = new StringBuilder();
        if (!"=".equals(c.bound()) && c.bound() != null) {
            b.append(c.bound()).append(' ');
        } else if (c.approx()) {
            b.append("≈ ");
        }
        b.append(plain(c.value()));
        if (c.high() != null) {
            b.append('–').append(plain(c.high()));
        }
        if (c.unit() != null) {
            b.append(' ').append(c.unit());
        }
        return b.toString();
    }

    /** A fraction as a signed percentage: 0.2 -> "+20.0%". */
    static String percent(BigDecimal fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction.doubleValue() * 100);
    }

    static String valueText(ClaimView c) {
        return plain(c.value());
    }

    static String highText(ClaimView c) {
        return plain(c.high());
    }

    /** The due date for a datetime-local input (UTC). */
    static String dueInput(ClaimView c) {
        return c.dueAt() == null ? "" : INPUT.format(c.dueAt());
    }

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    static String hedgeText(ClaimView c) {
        return String.join(", ", c.hedges());
    }
}
