package org.claimdesk.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The fields an editor may change on a claim; null means "leave as it is", and the clear flags
 * empty a field. Ids, status, version and workflow fields are never taken from a request.
 * {@link ClaimEdits} checks every value against {@link org.claimdesk.core.Inputs}.
 */
public record ClaimChanges(BigDecimal value, BigDecimal high, Boolean approx, String bound, String unit,
        ClaimType type, String speaker, List<String> hedges, String timeRef, Instant dueAt,
        boolean clearHigh, boolean clearDueAt) {
}
