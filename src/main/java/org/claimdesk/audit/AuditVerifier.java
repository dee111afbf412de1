package org.claimdesk.audit;

/**
 * Checks a run of sealed audit entries fed in chain order: each entry's hash must be what its fields
 * give, its prev_hash must be the previous entry's hash and its sequence number the next one. A
 * changed entry fails on its own hash; a deleted one on the next entry's link; an entry that cannot
 * even be read is broken too (never an exception). Pure Java, so the same check runs on the server
 * and offline.
 */
public final class AuditVerifier {

    /**
     * What a check found: {@code firstBrokenId} and {@code problem} are null when the chain is
     * intact; {@code lastHash}/{@code lastSeq} are those of the last entry checked.
     */
    public record Result(boolean ok, long checked, Long firstBrokenId, String problem, String lastHash,
            Long lastSeq) {
    }

    /** prev_hash of the first entry (AuditLog.GENESIS is this one, so that this class needs no Quarkus). */
    static final String GENESIS = "0".repeat(64);

    private String expectedPrev;
    /** The sequence number the next entry must carry; null until known (a check mid-log, an old export). */
    private Long expectedSeq;
    private long checked;
    private Long firstBrokenId;
    private String problem;

    /** A check of the whole log: the first entry must link to {@link AuditLog#GENESIS} and be number 1. */
    public static AuditVerifier fromGenesis() {
        return new AuditVerifier(GENESIS, 1L);
    }

    /** A check that starts mid-log and trusts the first entry's prev_hash (a checkpoint kept elsewhere). */
    public static AuditVerifier trustingFirstLink() {
        return new AuditVerifier(null, null);
    }

    private AuditVerifier(String expectedPrev, Long expectedSeq) {
        this.expectedPrev = expectedPrev;
        this.expectedSeq = expectedSeq;
    }

    /** Checks the next entry; answers false once the chain is broken (later entries are not looked at). */
    public boolean accept(AuditRecord entry) {
        if (firstBrokenId != null) {
            return false;
        }
        checked++;
        String found = check(entry);
        if (found != null) {
            firstBrokenId = entry.id();
            problem = found;
            return false;
        }
        expectedPrev = entry.hash();
        // exports written before sequence numbers existed carry none: links alone order them
        expectedSeq = entry.seq() == null ? null : entry.seq() + 1;
        return true;
    }

    private String check(AuditRecord entry) {
        if (entry.hash() == null || entry.prevHash() == null) {
            return "is not sealed";
        }
        if (expectedPrev != null && !expectedPrev.equals(entry.prevHash())) {
            return "does not link to the entry before it";
        }
        // a format-2 hash covers seq, so an entry stripped of it fails below, on reading
        if (expectedSeq != null && entry.seq() != null && !expectedSeq.equals(entry.seq())) {
            return "has sequence number " + entry.seq() + " where " + expectedSeq + " was due";
        }
        String recomputed;
        try {
            recomputed = entry.recomputedHash();
        } catch (RuntimeException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        return recomputed.equals(entry.hash()) ? null : "does not match its hash";
    }

    public Result result() {
        boolean ok = firstBrokenId == null;
        return new Result(ok, checked, firstBrokenId, problem, ok ? expectedPrev : null,
                ok && checked > 0 && expectedSeq != null ? expectedSeq - 1 : null);
    }
}
