package org.claimdesk.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.claimdesk.extraction.ClaimType;

/**
 * The fields an editor may change on a claim; null means "leave as it is". Ids, status, version
 * and workflow fields are never taken from a request.
 */
public record ClaimChanges(BigDecimal value, BigDecimal high, Boolean approx, String bound, String unit,
        ClaimType type, String speaker, List<String> hedges, String timeRef, Instant dueAt,
        boolean clearHigh, boolean clearDueAt) {

    public static ClaimChanges none() {
        return new ClaimChanges(null, null, null, null, null, null, null, null, null, null, false, false);
    }
}
