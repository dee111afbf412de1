package org.claimdesk.audit;

/**
 * Checks a run of audit entries fed in id order: each entry's hash must be what its fields give, and
 * its prev_hash must be the previous entry's hash. A changed entry fails on its own hash; a deleted
 * one on the next entry's link. Pure Java, so the same check runs on the server and offline.
 */
public final class AuditVerifier {

    /** What a check found: {@code firstBrokenId} is null when the chain is intact. */
    public record Result(boolean ok, long checked, Long firstBrokenId, String lastHash) {
    }

    /** prev_hash of the first entry (AuditLog.GENESIS is this one, so that this class needs no Quarkus). */
    static final String GENESIS = "0".repeat(64);

    private String expectedPrev;
    private long checked;
    private Long firstBrokenId;

    /** A check of the whole log: the first entry must link to {@link AuditLog#GENESIS}. */
    public static AuditVerifier fromGenesis() {
        return new AuditVerifier(GENESIS);
    }

    /** A check that starts mid-log and trusts the first entry's prev_hash (a checkpoint kept elsewhere). */
    public static AuditVerifier trustingFirstLink() {
        return new AuditVerifier(null);
    }

    private AuditVerifier(String expectedPrev) {
        this.expectedPrev = expectedPrev;
    }

    /** Checks the next entry; answers false once the chain is broken (later entries are not looked at). */
    public boolean accept(AuditRecord entry) {
        if (firstBrokenId != null) {
            return false;
        }
        checked++;
        boolean linked = expectedPrev == null || expectedPrev.equals(entry.prevHash());
        if (!linked || !entry.recomputedHash().equals(entry.hash())) {
            firstBrokenId = entry.id();
            return false;
        }
        expectedPrev = entry.hash();
        return true;
    }

    public Result result() {
        return new Result(firstBrokenId == null, checked, firstBrokenId, firstBrokenId == null ? expectedPrev : null);
    }
}
