package org.claimdesk.stats.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Figures as the dashboard writes them. */
final class Formats {

    static final String NONE = "–";
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** 40 min, 7.5 h, 3.2 d: the unit a person would pick for the size. */
    static String hours(Double h) {
        if (h == null) {
            return NONE;
        }
        if (h < 1) {
            return Math.round(h * 60) + " min";
        }
        if (h < 48) {
            return String.format(Locale.UK, "%.1f h", h);
        }
        return String.format(Locale.UK, "%.1f d", h / 24);
    }

    static String share(Double fraction) {
        return fraction == null ? NONE : String.format(Locale.UK, "%.1f %%", fraction * 100);
    }

    static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String minute(Instant at) {
        return MINUTE.format(at);
    }

    static String shortDay(LocalDate d) {
        return SHORT_DAY.format(d);
    }

    /** Long outlet or speaker names are cut in charts (their tables keep them whole). */
    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
