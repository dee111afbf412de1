package org.claimdesk.extraction;

/**
 * Orders the review queue. Score = base weight of the type (what fact-checkers most often check:
 * poll, returns and migration figures, then money, seats and votes, percentages, counts, other)
 * + 0.10 when the figure is attributed to a speaker + 0.05 when it is exact (not hedged or bounded)
 * - 0.15 when it is a vague round number - 0.05 when the sentence hedges it; clamped to [0, 1].
 * Non-claims score 0.
 */
final class Checkworthiness {

    private Checkworthiness() {
    }

    static double score(ClaimType type, boolean claim, boolean approx, boolean vague, boolean attributed, boolean hedged) {
        if (!claim) {
            return 0.0;
        }
        double s = switch (type) {
            case POLL_LEAD, RETURNS_FIGURE, MIGRATION_FIGURE -> 0.85;
            case POLL_SHARE -> 0.8;
            case MONEY -> 0.75;
            case SEAT_COUNT, VOTE_COUNT -> 0.7;
            case PERCENTAGE -> 0.65;
            case COUNT -> 0.5;
            case OTHER -> 0.35;
        };
        if (attributed) {
            s += 0.10;
        }
        if (!approx) {
            s += 0.05;
        }
        if (vague) {
            s -= 0.15;
        }
        if (hedged) {
            s -= 0.05;
        }
        return Math.round(Math.max(0.0, Math.min(1.0, s)) * 1000) / 1000.0;
    }
}
