package org.claimdesk.extraction;

/** The claim types of the annotation guidelines; {@link #OTHER} holds durations, multiples and ratios. */
public enum ClaimType {
    POLL_LEAD,
    POLL_SHARE,
    SEAT_COUNT,
    VOTE_COUNT,
    RETURNS_FIGURE,
    MIGRATION_FIGURE,
    MONEY,
    PERCENTAGE,
    COUNT,
    OTHER
}
