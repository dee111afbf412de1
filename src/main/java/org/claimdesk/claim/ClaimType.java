package org.claimdesk.claim;

import java.util.Locale;

/**
 * What kind of figure a claim states: the desk's own vocabulary. The extraction engine has its own
 * types, mapped onto these when an article is ingested ({@link #of(org.claimdesk.extraction.ClaimType)}),
 * so the engine can change without changing stored claims.
 */
public enum ClaimType {
    POLL_LEAD("Poll lead"),
    POLL_SHARE("Poll share"),
    SEAT_COUNT("Seat count"),
    VOTE_COUNT("Vote count"),
    RETURNS_FIGURE("Returns figure"),
    MIGRATION_FIGURE("Migration figure"),
    MONEY("Money"),
    PERCENTAGE("Percentage"),
    COUNT("Count"),
    OTHER("Other");

    private final String label;

    ClaimType(String label) {
        this.label = label;
    }

    /** The type as people read it ("Poll lead"). */
    public String label() {
        return label;
    }

    /** The desk's type for what the engine found; an engine type the desk does not know is OTHER. */
    public static ClaimType of(org.claimdesk.extraction.ClaimType engineType) {
        if (engineType == null) {
            return OTHER;
        }
        try {
            return valueOf(engineType.name().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
