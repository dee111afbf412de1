package org.claimdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.FieldError;
import org.claimdesk.core.InvalidInputException;

/**
 * Which claims a list, the review queue or an export shows: one spec, one SQL builder. Null fields
 * do not filter. {@code from}/{@code to} are days (inclusive, UTC) of the claim's last change.
 * Candidates (quantities the engine does not count as claims) are left out unless asked for.
 *
 * <p>{@link #where} writes the condition over {@code claim c JOIN article a ON a.id = c.article_id}
 * with {@code ?} parameters, so that JDBC cursors, COPY and native queries all use the same text.
 */
public record ClaimFilter(ClaimStatus status, ClaimType type, Verdict verdict, Long articleId, String outlet,
        String speaker, String q, LocalDate from, LocalDate to, boolean overdueOnly, boolean includeCandidates) {

    /** Longest text a filter takes (outlet, speaker, search words). */
    public static final int MAX_TEXT = 200;

    public static final ClaimFilter NONE = new ClaimFilter(null, null, null, null, null, null, null, null, null,
            false, false);

    /** Reads typed filter values (query parameters, form fields); every bad one is reported at once, under its field. */
    public static ClaimFilter parse(String status, String type, String verdict, String articleId, String outlet,
            String speaker, String q, String from, String to, boolean overdueOnly, boolean includeCandidates) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = read(errors, () -> Inputs.date("from", from));
        LocalDate t = read(errors, () -> Inputs.date("to", to));
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "the end of the period (" + t + ") is before its start (" + f + ")"));
        }
        ClaimFilter filter = new ClaimFilter(read(errors, () -> Inputs.constant("status", ClaimStatus.class, status)),
                read(errors, () -> Inputs.constant("type", ClaimType.class, type)),
                read(errors, () -> Inputs.constant("verdict", Verdict.class, verdict)),
                read(errors, () -> Inputs.id("articleId", articleId)),
                read(errors, () -> Inputs.text("outlet", outlet, MAX_TEXT)),
                read(errors, () -> Inputs.text("speaker", speaker, MAX_TEXT)),
                read(errors, () -> Inputs.text("q", q, MAX_TEXT)), f, t, overdueOnly, includeCandidates);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return filter;
    }

    private static <T> T read(List<FieldError> errors, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public ClaimFilter withStatus(ClaimStatus s) {
        return new ClaimFilter(s, type, verdict, articleId, outlet, speaker, q, from, to, overdueOnly,
                includeCandidates);
    }

    /** The condition (starting with " WHERE ", or empty), with {@code ?} parameters appended to {@code params}. */
    public String where(List<Object> params, Instant now) {
        return where(value -> {
            params.add(value);
            return "?";
        }, now);
    }

    /**
     * The condition (starting with " WHERE ", or empty); {@code bind} turns each value into SQL: a
     * {@code ?} it collects, or a literal for statements that take no parameters (COPY). Values are
     * Strings, Longs, Doubles and OffsetDateTimes.
     */
    public String where(java.util.function.Function<Object, String> bind, Instant now) {
        List<String> terms = new ArrayList<>();
        if (status != null) {
            terms.add("c.status = " + bind.apply(status.name()));
        } else if (!includeCandidates) {
            terms.add("c.status <> 'CANDIDATE'");
        }
        if (type != null) {
            terms.add("c.type = " + bind.apply(type.name()));
        }
        if (verdict != null) {
            terms.add("c.verdict = " + bind.apply(verdict.name()));
        }
        if (articleId != null) {
            terms.add("c.article_id = " + bind.apply(articleId));
        }
        if (outlet != null) {
            terms.add("lower(a.outlet) = " + bind.apply(outlet.toLowerCase(Locale.ROOT)));
        }
        if (speaker != null) {
            terms.add("lower(c.speaker) LIKE " + bind.apply("%" + likeEscape(speaker.toLowerCase(Locale.ROOT)) + "%")
                    + " ESCAPE '\\'");
        }
        if (q != null) {
            String like = "%" + likeEscape(q.toLowerCase(Locale.ROOT)) + "%";
            terms.add("(lower(c.quote) LIKE " + bind.apply(like) + " ESCAPE '\\' OR lower(c.sentence) LIKE "
                    + bind.apply(like) + " ESCAPE '\\')");
        }
        if (from != null) {
            terms.add("c.updated_at >= " + bind.apply(from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime()));
        }
        if (to != null) {
            terms.add("c.updated_at < " + bind.apply(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime()));
        }
        if (overdueOnly) {
            terms.add("c.due_at < " + bind.apply(now.atOffset(ZoneOffset.UTC)));
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
