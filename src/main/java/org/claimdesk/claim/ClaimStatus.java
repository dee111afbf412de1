package org.claimdesk.claim;

/** Where a claim stands in the workflow; {@link ClaimWorkflow} says how it moves. */
public enum ClaimStatus {
    /** A quantity the extractor does not count as a claim; hidden until promoted. */
    CANDIDATE,
    EXTRACTED,
    CONFIRMED,
    REJECTED,
    SUBMITTED,
    IN_REVIEW,
    NEEDS_INFO,
    VERDICT_PROPOSED,
    APPROVED,
    PUBLISHED
}
