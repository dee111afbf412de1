package org.claimdesk.claim.web;

import io.quarkus.qute.TemplateExtension;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.web.Display;

/** How a claim reads in templates (every page that lists claims uses these). */
@TemplateExtension
public final class ClaimDisplay {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    private ClaimDisplay() {
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

    /** "≈ 40–50 MPs", "> 300 seats", "17000 people". */
    static String figure(ClaimView c) {
        StringBuilder b = new StringBuilder();
        if (!"=".equals(c.bound()) && c.bound() != null) {
            b.append(c.bound()).append(' ');
        } else if (c.approx()) {
            b.append("≈ ");
        }
        b.append(Display.grouped(c.value()));
        if (c.high() != null) {
            b.append('–').append(Display.grouped(c.high()));
        }
        if (c.unit() != null) {
            b.append(' ').append(c.unit());
        }
        return b.toString();
    }

    static String valueText(ClaimView c) {
        return Display.plain(c.value());
    }

    static String highText(ClaimView c) {
        return Display.plain(c.high());
    }

    /** The due date for a datetime-local input (UTC). */
    static String dueInput(ClaimView c) {
        return c.dueAt() == null ? "" : INPUT.format(c.dueAt());
    }

    static String hedgeText(ClaimView c) {
        return String.join(", ", c.hedges());
    }
}
