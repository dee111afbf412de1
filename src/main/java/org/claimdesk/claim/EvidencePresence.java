package org.claimdesk.claim;

/**
 * Whether a claim has evidence attached: the workflow's "evidence before a verdict" guard asks this.
 * The review feature, which owns evidence, provides it, so that claim never imports review.
 */
@FunctionalInterface
public interface EvidencePresence {

    boolean present(long claimId);
}
