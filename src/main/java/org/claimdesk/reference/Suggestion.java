package org.claimdesk.reference;

import java.math.BigDecimal;
import org.claimdesk.claim.Verdict;
import org.claimdesk.reference.check.CheckQuery;

/**
 * A candidate check for a claim, already run: its query (post it to turn it into a check), the
 * reference value and unit it gave, the proposed verdict and the rule applied, and why it was
 * suggested. {@code rank} 1 is the best.
 */
public record Suggestion(int rank, String description, CheckQuery query, BigDecimal referenceValue, String unit,
        Verdict proposedVerdict, String rule, String periodMapping, String dataset, int version, String why,
        double score) {
}
