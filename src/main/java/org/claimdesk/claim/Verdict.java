package org.claimdesk.claim;

import java.util.Locale;

/** A reviewer's finding on a claim, best to worst. */
public enum Verdict {
    ACCURATE, MOSTLY_ACCURATE, MISLEADING, INACCURATE, UNSUPPORTED;

    /** The verdict as people read it: MOSTLY_ACCURATE is "Mostly accurate". */
    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
