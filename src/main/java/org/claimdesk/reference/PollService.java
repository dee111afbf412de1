package org.claimdesk.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.reference.check.Comparison;
import org.claimdesk.reference.check.Figure;
import org.claimdesk.reference.check.Proposal;

/**
 * Poll records on poll claims: the poll's shares with the margin of error of each and of the lead
 * between the first two, and flags for what a reader should know (a lead within the margin, a
 * sample size or British Polling Council disclosure fields missing).
 */
@ApplicationScoped
public class PollService {

    public static final Set<Role> RECORDERS = Set.of(Role.REVIEWER, Role.ADMIN);
    public static final String AUDIT_ENTITY = "POLL";
    static final int MAX_SAMPLE = 10_000_000;
    static final int MAX_PARTIES = 30;
    private static final int MAX_TEXT = 2_000;

    @Inject
    AuditLog auditLog;

    /** A poll as a reviewer records it; shares in percent. {@code version}: the record's version read, if any. */
    public record PollInput(String pollster, LocalDate fieldworkStart, LocalDate fieldworkEnd, Integer sampleSize,
            Map<String, BigDecimal> shares, String commissionedBy, String method, String population, String question,
            String tablesUrl, Long version) {
    }

    /** One party's share with its margin of error (points). */
    public record Share(String party, BigDecimal share, BigDecimal marginOfError) {
    }

    /** A flag on a poll: a code and what it means for the claim. */
    public record Flag(String code, String message) {
    }

    /** A poll record with everything computed from it. */
    public record PollView(long id, long claimId, String pollster, LocalDate fieldworkStart, LocalDate fieldworkEnd,
            Integer sampleSize, Map<String, BigDecimal> shares, List<Share> margins, String leader, String runnerUp,
            BigDecimal lead, BigDecimal leadMarginOfError, Boolean leadWithinMargin, BigDecimal claimedLead,
            Verdict proposedVerdict, String rule, List<Flag> flags, List<String> missingDisclosure,
            String commissionedBy, String method, String population, String question, String tablesUrl,
            long version) {
    }

    public Optional<PollView> forClaim(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw new NotFoundException("Claim " + claimId);
        }
        return PollRecord.forClaim(claimId).map(p -> view(p, claim));
    }

    /** Creates or replaces the poll record of a poll claim, audited in the same transaction. */
    @Transactional
    public PollView record(Actor actor, long claimId, PollInput in) {
        actor.require(RECORDERS);
        if (in == null) {
            throw InvalidInputException.of("shares", "a JSON body with the poll's shares is required");
        }
        Claim claim = Claim.findById(claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new NotFoundException("Claim " + claimId);
        }
        if (claim.type != ClaimType.POLL_LEAD && claim.type != ClaimType.POLL_SHARE) {
            throw new ConflictException("Not a poll claim", "Claim " + claimId + " is a " + claim.type
                    + " claim; a poll record goes on a POLL_LEAD or POLL_SHARE claim.");
        }
        if (claim.status == ClaimStatus.PUBLISHED || claim.status == ClaimStatus.REJECTED) {
            throw new ConflictException("Claim closed", "A poll is recorded while a claim is under review.");
        }
        Map<String, BigDecimal> shares = shares(in.shares());
        if (in.sampleSize() != null && (in.sampleSize() <= 0 || in.sampleSize() > MAX_SAMPLE)) {
            throw InvalidInputException.of("sampleSize", "must be between 1 and " + MAX_SAMPLE);
        }
        if (in.fieldworkStart() != null && in.fieldworkEnd() != null && in.fieldworkEnd().isBefore(in.fieldworkStart())) {
            throw InvalidInputException.of("fieldworkEnd", "the fieldwork ends before it starts");
        }
        org.claimdesk.core.Inputs.url("tablesUrl", in.tablesUrl());
        PollRecord poll = PollRecord.forClaim(claimId).orElse(null);
        Map<String, Object> before = null;
        if (poll == null) {
            poll = new PollRecord();
            poll.claimId = claimId;
        } else {
            if (in.version() != null && in.version() != poll.version) {
                throw new ConflictException("Stale version", "The poll record of claim " + claimId
                        + " was changed by someone else (your version " + in.version() + ", now " + poll.version
                        + "). Reload it and try again.");
            }
            before = poll.auditView();
        }
        poll.pollster = text(in.pollster(), "pollster");
        poll.fieldworkStart = in.fieldworkStart();
        poll.fieldworkEnd = in.fieldworkEnd();
        poll.sampleSize = in.sampleSize();
        poll.shares = ReferenceJson.write(shares);
        poll.commissionedBy = text(in.commissionedBy(), "commissionedBy");
        poll.method = text(in.method(), "method");
        poll.population = text(in.population(), "population");
        poll.question = text(in.question(), "question");
        poll.tablesUrl = text(in.tablesUrl(), "tablesUrl");
        poll.updatedBy = actor.username();
        poll.updatedAt = Instant.now();
        poll.persistAndFlush();
        auditLog.record(actor.username(), before == null ? "POLL_RECORDED" : "POLL_EDITED", AUDIT_ENTITY, poll.id,
                before, poll.auditView(), "claim " + claimId);
        return view(poll, claim);
    }

    static Map<String, BigDecimal> shares(Map<String, BigDecimal> in) {
        if (in == null || in.isEmpty()) {
            throw InvalidInputException.of("shares", "give each party's share in percent, e.g. {\"Reform UK\": 27,"
                    + " \"Labour\": 26}");
        }
        if (in.size() > MAX_PARTIES) {
            throw InvalidInputException.of("shares", "at most " + MAX_PARTIES + " parties");
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : in.entrySet()) {
            String party = e.getKey() == null ? "" : e.getKey().strip();
            if (party.isEmpty() || party.length() > 100) {
                throw InvalidInputException.of("shares", "party names are 1 to 100 characters");
            }
            BigDecimal share = e.getValue();
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw InvalidInputException.of("shares", party + ": a share is a percentage from 0 to 100");
            }
            out.put(party, share);
            total = total.add(share);
        }
        if (total.compareTo(BigDecimal.valueOf(101)) > 0) {
            throw InvalidInputException.of("shares", "the shares add up to " + total.toPlainString()
                    + "%, more than 100");
        }
        return out;
    }

    /** British Polling Council disclosure: who commissioned it, how, among whom, what was asked, where the tables are. */
    static List<String> missingDisclosure(PollRecord p) {
        List<String> missing = new ArrayList<>();
        if (blank(p.pollster)) {
            missing.add("pollster");
        }
        if (p.fieldworkStart == null || p.fieldworkEnd == null) {
            missing.add("fieldwork dates");
        }
        if (p.sampleSize == null) {
            missing.add("sample size");
        }
        if (blank(p.commissionedBy)) {
            missing.add("commissioned by");
        }
        if (blank(p.method)) {
            missing.add("method");
        }
        if (blank(p.population)) {
            missing.add("population sampled");
        }
        if (blank(p.question)) {
            missing.add("question wording");
        }
        if (blank(p.tablesUrl)) {
            missing.add("data tables");
        }
        return missing;
    }

    static PollView view(PollRecord p, Claim claim) {
        Map<String, BigDecimal> shares = p.shareMap();
        List<Map.Entry<String, BigDecimal>> ranked = new ArrayList<>(shares.entrySet());
        ranked.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()));
        List<Share> margins = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
            BigDecimal moe = p.sampleSize == null ? null
                    : points(PollMargins.share(fraction(e.getValue()), p.sampleSize));
            margins.add(new Share(e.getKey(), e.getValue(), moe));
        }
        String leader = ranked.isEmpty() ? null : ranked.get(0).getKey();
        String runnerUp = ranked.size() < 2 ? null : ranked.get(1).getKey();
        BigDecimal lead = runnerUp == null ? null : ranked.get(0).getValue().subtract(ranked.get(1).getValue());
        BigDecimal leadMoe = runnerUp == null || p.sampleSize == null ? null
                : points(PollMargins.lead(fraction(ranked.get(0).getValue()), fraction(ranked.get(1).getValue()),
                        p.sampleSize));
        Boolean within = lead == null || leadMoe == null ? null : lead.abs().compareTo(leadMoe) <= 0;
        List<Flag> flags = new ArrayList<>();
        if (Boolean.TRUE.equals(within)) {
            flags.add(new Flag("LEAD_WITHIN_MARGIN", leader + "'s lead of " + plain(lead) + " points over " + runnerUp
                    + " is within the margin of error (\u00b1" + plain(leadMoe) + " points): the poll does not show"
                    + " who is ahead."));
        }
        if (p.sampleSize == null) {
            flags.add(new Flag("SAMPLE_SIZE_MISSING", "No sample size: no margin of error can be given."));
        }
        List<String> missing = missingDisclosure(p);
        if (!missing.isEmpty()) {
            flags.add(new Flag("BPC_DISCLOSURE_MISSING", "British Polling Council disclosure fields missing: "
                    + String.join(", ", missing) + "."));
        }
        BigDecimal claimed = claim.type == ClaimType.POLL_LEAD ? claim.value : null;
        Verdict verdict = null;
        String rule = null;
        if (claimed != null && lead != null) {
            Proposal proposal = Comparison.compare(new Figure(claimed, claim.high, claim.bound, claim.approx,
                    claim.quote), lead, true);
            verdict = proposal.verdict();
            rule = proposal.rule().replace("the reference", "the poll's lead");
            if (Boolean.TRUE.equals(within)) {
                rule += " The lead is within the margin of error (\u00b1" + plain(leadMoe) + " points)"
                        + (mentionsMargin(claim) ? ", as the sentence says." : "; the sentence should say so.");
            }
        }
        return new PollView(p.id, p.claimId, p.pollster, p.fieldworkStart, p.fieldworkEnd, p.sampleSize, shares,
                margins, leader, runnerUp, lead, leadMoe, within, claimed, verdict, rule, flags, missing,
                p.commissionedBy, p.method, p.population, p.question, p.tablesUrl, p.version);
    }

    private static boolean mentionsMargin(Claim claim) {
        String s = claim.sentence == null ? "" : claim.sentence.toLowerCase(java.util.Locale.ROOT);
        return s.contains("margin of error") || s.contains("within the margin");
    }

    private static double fraction(BigDecimal percent) {
        return percent.doubleValue() / 100;
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "may be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
