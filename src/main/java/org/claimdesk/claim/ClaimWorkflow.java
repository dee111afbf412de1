package org.claimdesk.claim;

import static org.claimdesk.claim.ClaimAction.APPROVE;
import static org.claimdesk.claim.ClaimAction.CONFIRM;
import static org.claimdesk.claim.ClaimAction.NEEDS_INFO;
import static org.claimdesk.claim.ClaimAction.PROMOTE;
import static org.claimdesk.claim.ClaimAction.PROPOSE_VERDICT;
import static org.claimdesk.claim.ClaimAction.PUBLISH;
import static org.claimdesk.claim.ClaimAction.REJECT;
import static org.claimdesk.claim.ClaimAction.RELEASE;
import static org.claimdesk.claim.ClaimAction.REOPEN;
import static org.claimdesk.claim.ClaimAction.RESUBMIT;
import static org.claimdesk.claim.ClaimAction.SEND_BACK;
import static org.claimdesk.claim.ClaimAction.SUBMIT;
import static org.claimdesk.claim.ClaimAction.TAKE;
import static org.claimdesk.claim.ClaimStatus.APPROVED;
import static org.claimdesk.claim.ClaimStatus.CANDIDATE;
import static org.claimdesk.claim.ClaimStatus.CONFIRMED;
import static org.claimdesk.claim.ClaimStatus.EXTRACTED;
import static org.claimdesk.claim.ClaimStatus.IN_REVIEW;
import static org.claimdesk.claim.ClaimStatus.PUBLISHED;
import static org.claimdesk.claim.ClaimStatus.REJECTED;
import static org.claimdesk.claim.ClaimStatus.SUBMITTED;
import static org.claimdesk.claim.ClaimStatus.VERDICT_PROPOSED;
import static org.claimdesk.core.Role.ADMIN;
import static org.claimdesk.core.Role.EDITOR;
import static org.claimdesk.core.Role.REVIEWER;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.core.Role;

/**
 * The claim workflow as one table: from which status an action leads where, which roles may take
 * it, and whether it needs a reason. Pages and the API both move claims only through
 * {@link ClaimService#transition}, which reads this table. Extra rules that depend on the claim's
 * people or evidence (four eyes, evidence before a verdict) live in {@link ClaimService}.
 */
public final class ClaimWorkflow {

    /** One allowed move. */
    public record Transition(ClaimStatus from, ClaimAction action, ClaimStatus to, Set<Role> roles,
            boolean reasonRequired) {
    }

    private static final List<Transition> TABLE = List.of(
            //   from               action           to                 roles                      reason
            t(EXTRACTED,        CONFIRM,         CONFIRMED,         EnumSet.of(EDITOR, ADMIN),   false),
            t(EXTRACTED,        REJECT,          REJECTED,          EnumSet.of(EDITOR, ADMIN),   true),
            t(CONFIRMED,        REJECT,          REJECTED,          EnumSet.of(EDITOR, ADMIN),   true),
            t(CANDIDATE,        PROMOTE,         EXTRACTED,         EnumSet.of(EDITOR, ADMIN),   false),
            t(CONFIRMED,        SUBMIT,          SUBMITTED,         EnumSet.of(EDITOR, ADMIN),   false),
            t(SUBMITTED,        TAKE,            IN_REVIEW,         EnumSet.of(REVIEWER, ADMIN), false),
            t(IN_REVIEW,        RELEASE,         SUBMITTED,         EnumSet.of(REVIEWER, ADMIN), false),
            t(IN_REVIEW,        NEEDS_INFO,      ClaimStatus.NEEDS_INFO, EnumSet.of(REVIEWER, ADMIN), true),
            t(ClaimStatus.NEEDS_INFO, RESUBMIT,  SUBMITTED,         EnumSet.of(EDITOR, ADMIN),   false),
            t(IN_REVIEW,        PROPOSE_VERDICT, VERDICT_PROPOSED,  EnumSet.of(REVIEWER, ADMIN), false),
            t(VERDICT_PROPOSED, APPROVE,         APPROVED,          EnumSet.of(REVIEWER, ADMIN), false),
            t(VERDICT_PROPOSED, SEND_BACK,       IN_REVIEW,         EnumSet.of(REVIEWER, ADMIN), true),
            t(APPROVED,         PUBLISH,         PUBLISHED,         EnumSet.of(EDITOR, ADMIN),   false),
            t(PUBLISHED,        REOPEN,          IN_REVIEW,         EnumSet.of(ADMIN),           true));

    private ClaimWorkflow() {
    }

    private static Transition t(ClaimStatus from, ClaimAction action, ClaimStatus to, Set<Role> roles,
            boolean reason) {
        return new Transition(from, action, to, Set.copyOf(roles), reason);
    }

    public static Optional<Transition> find(ClaimStatus from, ClaimAction action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** Actions the table allows from a status, whoever asks. */
    public static List<ClaimAction> actionsFrom(ClaimStatus from) {
        return TABLE.stream().filter(t -> t.from() == from).map(Transition::action).toList();
    }

    /** Actions from a status that a user with these roles may take. */
    public static List<ClaimAction> actionsFor(ClaimStatus from, Set<Role> roles) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.roles().stream().anyMatch(roles::contains))
                .map(Transition::action).toList();
    }

    public static List<Transition> table() {
        return TABLE;
    }
}
