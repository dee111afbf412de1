package org.claimdesk.claim.rest;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.claimdesk.claim.ClaimChanges;
import org.claimdesk.claim.ClaimType;

/** The body of {@code POST /api/claims}: a claim an editor marks on a span [start, end) of an article. */
public record NewClaim(@NotNull Long articleId, @NotNull Integer start, @NotNull Integer end,
        @NotNull BigDecimal value, BigDecimal high, Boolean approx, String bound, String unit, ClaimType type,
        String speaker, String timeRef) {

    ClaimChanges changes() {
        return new ClaimChanges(value, high, approx, bound, unit, null, speaker, null, timeRef, null, false, false);
    }
}
