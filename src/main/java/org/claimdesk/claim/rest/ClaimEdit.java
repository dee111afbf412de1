package org.claimdesk.claim.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.claim.ClaimChanges;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.core.InvalidInputException;

/**
 * The body of {@code PATCH /api/claims/{id}}, read as a JSON merge patch (RFC 7396): a field left
 * out stays as it is, a field sent as {@code null} is cleared. Optional fields tell the two apart
 * (absent is null, null is empty). A field the caller may not set is named in the error.
 */
public record ClaimEdit(Long version, Optional<BigDecimal> value, Optional<BigDecimal> high, Optional<Boolean> approx,
        Optional<String> bound, Optional<String> unit, Optional<ClaimType> type, Optional<String> speaker,
        Optional<List<String>> hedges, Optional<String> timeRef, Optional<Instant> dueAt,
        @JsonAnySetter Map<String, Object> others) {

    public ClaimEdit {
        others = others == null ? new LinkedHashMap<>() : others;
    }

    /** Refuses fields that are not editable and a missing version. */
    void check() {
        for (String field : others.keySet()) {
            throw InvalidInputException.of(field, "cannot be set here"
                    + (field.equals("status") ? "; use POST /api/claims/{id}/transitions" : ""));
        }
        if (version == null) {
            throw InvalidInputException.of("version", "is required: the version you last read");
        }
    }

    /** Whether the edit touches nothing but the deadline, which may change while reviewers have the claim. */
    boolean onlyDueAt() {
        return dueAt != null && value == null && high == null && approx == null && bound == null && unit == null
                && type == null && speaker == null && hedges == null && timeRef == null;
    }

    ClaimChanges changes() {
        return new ClaimChanges(orNull(value), orNull(high), orNull(approx), orNull(bound), clearable(unit),
                orNull(type), clearable(speaker), hedges == null ? null : hedges.orElse(List.of()), clearable(timeRef),
                orNull(dueAt), high != null && high.isEmpty(), dueAt != null && dueAt.isEmpty());
    }

    private static <T> T orNull(Optional<T> field) {
        return field == null ? null : field.orElse(null);
    }

    /** Text fields: absent is "leave", null is "clear" (an empty text). */
    private static String clearable(Optional<String> field) {
        return field == null ? null : field.orElse("");
    }
}
