package org.claimdesk.core;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The bounds every input is held to before it reaches the database, for the API and the pages
 * alike: services call these, so a page and the API cannot disagree. Each violation is an
 * {@link InvalidInputException} naming the field, in words.
 *
 * <ul>
 * <li>Text: no NUL character (PostgreSQL cannot store it), no broken surrogate pair, at most the
 * column's length in characters.</li>
 * <li>Numbers: between -10^18 and 10^18, at most {@value #MAX_DECIMALS} decimal places.</li>
 * <li>Dates and times: from {@link #MIN_DATE} to {@link #MAX_DATE}.</li>
 * <li>URLs: http or https with a host, at most {@value #MAX_URL} characters.</li>
 * </ul>
 */
public final class Inputs {

    public static final LocalDate MIN_DATE = LocalDate.of(1800, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(18);
    public static final int MAX_DECIMALS = 10;
    public static final int MAX_URL = 2000;
    /** Longest password bcrypt reads in full, in bytes of UTF-8: it ignores the rest. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant MAX_INSTANT = MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private Inputs() {
    }

    /** Optional text: null or blank gives null, otherwise the stripped text within {@code max} characters. */
    public static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        characters(field, value);
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > max) {
            throw InvalidInputException.of(field, "may be at most " + max + " characters (this has " + s.length() + ")");
        }
        return s;
    }

    /** Required text: as {@link #text} but blank is refused. */
    public static String required(String field, String value, int max) {
        String s = text(field, value, max);
        if (s == null) {
            throw InvalidInputException.of(field, "is required");
        }
        return s;
    }

    /** Text kept as it is (article bodies): only refuses NUL and broken surrogates. */
    public static String characters(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\u0000') {
                throw InvalidInputException.of(field, "contains a NUL character (U+0000), which cannot be stored");
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw InvalidInputException.of(field, "contains a broken character (an unpaired surrogate)");
            }
            if (Character.isLowSurrogate(ch)) {
                throw InvalidInputException.of(field, "contains a broken character (an unpaired surrogate)");
            }
        }
        return value;
    }

    /** A number within the documented range and precision; null stays null. */
    public static BigDecimal number(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw InvalidInputException.of(field, "must be between -10^18 and 10^18");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            throw InvalidInputException.of(field, "may have at most " + MAX_DECIMALS + " decimal places");
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** A number typed into a form ("17,000", "0.75"): thousands separators allowed. */
    public static BigDecimal number(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        characters(field, typed);
        String s = typed.strip().replace(",", "").replace("\u2212", "-");
        if (s.length() > 60) {
            throw InvalidInputException.of(field, "is not a number");
        }
        try {
            return number(field, new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "'" + shorten(typed) + "' is not a number");
        }
    }

    public static LocalDate date(String field, LocalDate value) {
        if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
            throw InvalidInputException.of(field, "must be between " + MIN_DATE + " and " + MAX_DATE);
        }
        return value;
    }

    /** A date typed as YYYY-MM-DD; blank gives null. */
    public static LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        characters(field, typed);
        try {
            return date(field, LocalDate.parse(typed.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "'" + shorten(typed) + "' is not a date like 2025-05-01");
        }
    }

    public static Instant instant(String field, Instant value) {
        if (value != null && (value.isBefore(MIN_INSTANT) || !value.isBefore(MAX_INSTANT))) {
            throw InvalidInputException.of(field, "must be between " + MIN_DATE + " and " + MAX_DATE);
        }
        return value;
    }

    /** An http(s) address with a host, or null when blank; anything else (javascript:, data:, ...) is refused. */
    public static String url(String field, String value) {
        String s = text(field, value, MAX_URL);
        if (s == null) {
            return null;
        }
        if (!isWebUrl(s)) {
            throw InvalidInputException.of(field, "must be a web address starting with http:// or https://");
        }
        return s;
    }

    /** Whether a text is an http(s) URL with a host: the one rule for what may become a link. */
    public static boolean isWebUrl(String s) {
        if (s == null || s.isBlank() || s.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A page number from 1 to {@code max}. */
    public static int page(String field, int value, int max) {
        if (value < 1 || value > max) {
            throw InvalidInputException.of(field, "must be between 1 and " + max);
        }
        return value;
    }

    /** A password bcrypt can check in full. */
    public static String password(String field, String value, int minChars) {
        if (value == null || value.length() < minChars) {
            throw InvalidInputException.of(field, "must be at least " + minChars + " characters");
        }
        characters(field, value);
        if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw InvalidInputException.of(field, "may be at most " + MAX_PASSWORD_BYTES
                    + " bytes (letters outside ASCII take 2 to 4): longer passwords would be cut silently");
        }
        return value;
    }

    /** An enum constant by name, case-insensitive; blank gives null. */
    public static <E extends Enum<E>> E constant(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "'" + shorten(value) + "' is not one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /** An id typed or sent as text: a positive whole number; blank gives null. */
    public static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "'" + shorten(value) + "' is not an id (a positive whole number)");
        }
    }

    /** The version of a record a page was showing, sent back with a change (a stale one is a 409 later). */
    public static long version(String value) {
        try {
            long v = Long.parseLong(value == null ? "" : value.strip());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidInputException.of("version", "the page is out of date: reload it and try again");
    }

    /** A typed value quoted back in a message: short, and without characters that cannot be shown. */
    static String shorten(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(41).forEach(cp -> b.appendCodePoint(
                cp == 0 || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) || Character.isISOControl(cp)
                        ? '\uFFFD' : cp));
        return b.codePointCount(0, b.length()) > 40 ? b.substring(0, b.offsetByCodePoints(0, 40)) + "…" : b.toString();
    }
}
