package org.claimdesk.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.FieldError;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.extraction.ClaimType;

/**
 * Which claims an export holds. {@code from}/{@code to} are days (inclusive, UTC) of the claim's
 * last change ({@code updated_at}): an export answers "what changed in this period", which the
 * article's publication date cannot. Candidates (quantities that are not claims) are left out
 * unless asked for by status.
 *
 * <p>Every value is checked when parsed, before a byte of the export is sent: the exports run as
 * {@code COPY}, which takes no bind parameters, so the WHERE clause carries the values as literals
 * and only values that passed these checks ever reach it.
 */
public record ExportFilter(LocalDate from, LocalDate to, ClaimStatus status, Verdict verdict, ClaimType type,
        String outlet, Long articleId) {

    /** The days an export filter may name: far beyond any claim, well inside PostgreSQL's range. */
    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    /** Longest outlet name a filter takes; outlets are names, not texts. */
    public static final int OUTLET_MAX = 300;

    /**
     * Reads the query parameters as typed; every value that does not parse or lies out of range is
     * reported at once, each under its field, as a 400 problem.
     */
    public static ExportFilter parse(String from, String to, String status, String verdict, String type,
            String outlet, String articleId) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "the end of the period (" + t + ") is before its start (" + f + ")"));
        }
        ClaimStatus s = constant("status", ClaimStatus.class, status, errors);
        Verdict v = constant("verdict", Verdict.class, verdict, errors);
        ClaimType ty = constant("type", ClaimType.class, type, errors);
        String o = outlet("outlet", outlet, errors);
        Long a = id("articleId", articleId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ExportFilter(f, t, s, v, ty, o, a);
    }

    /** Only published claims, whatever the status asked for: what a ClaimReview may show. */
    public ExportFilter published() {
        return new ExportFilter(from, to, ClaimStatus.PUBLISHED, verdict, type, outlet, articleId);
    }

    /** The WHERE clause over {@code claim c JOIN article a}, with the values as SQL literals. */
    String where() {
        List<String> terms = new ArrayList<>();
        if (from != null) {
            terms.add("c.updated_at >= " + SqlLiteral.timestamp(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (to != null) {
            terms.add("c.updated_at < "
                    + SqlLiteral.timestamp(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (status != null) {
            terms.add("c.status = " + SqlLiteral.text(status.name()));
        } else {
            terms.add("c.status <> 'CANDIDATE'");
        }
        if (verdict != null) {
            terms.add("c.verdict = " + SqlLiteral.text(verdict.name()));
        }
        if (type != null) {
            terms.add("c.type = " + SqlLiteral.text(type.name()));
        }
        if (outlet != null) {
            terms.add("lower(a.outlet) = lower(" + SqlLiteral.text(outlet) + ")");
        }
        if (articleId != null) {
            terms.add("c.article_id = " + articleId);
        }
        return " WHERE " + String.join(" AND ", terms);
    }

    private static LocalDate date(String field, String s, List<FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + shown(s) + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            errors.add(new FieldError(field, "must be between " + EARLIEST + " and " + LATEST));
            return null;
        }
        return day;
    }

    private static <E extends Enum<E>> E constant(String field, Class<E> type, String s, List<FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        String name = s.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        errors.add(new FieldError(field, "'" + shown(s) + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    private static String outlet(String field, String s, List<FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        String name = s.strip();
        if (name.indexOf('\0') >= 0) {
            errors.add(new FieldError(field, "must not contain a NUL character"));
            return null;
        }
        if (name.length() > OUTLET_MAX) {
            errors.add(new FieldError(field, "must be at most " + OUTLET_MAX + " characters"));
            return null;
        }
        return name;
    }

    private static Long id(String field, String s, List<FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        String digits = s.strip();
        // ids are positive and fit the column's bigint; anything else is no article
        if (!digits.matches("[0-9]{1,19}") || digits.length() == 19 && digits.compareTo("9223372036854775807") > 0
                || Long.parseLong(digits) == 0) {
            errors.add(new FieldError(field, "'" + shown(s) + "' is not an id (a whole number from 1 to "
                    + Long.MAX_VALUE + ")"));
            return null;
        }
        return Long.parseLong(digits);
    }

    /** A rejected value as the message repeats it: short, and without control characters. */
    private static String shown(String s) {
        String clean = s.strip().replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
