package org.claimdesk.claim;

/** A reviewer's finding on a claim, best to worst. */
public enum Verdict {
    ACCURATE, MOSTLY_ACCURATE, MISLEADING, INACCURATE, UNSUPPORTED
}
