package org.claimdesk.claim;

import static org.claimdesk.claim.ClaimAction.APPROVE;
import static org.claimdesk.claim.ClaimAction.ASSIGN;
import static org.claimdesk.claim.ClaimAction.CONFIRM;
import static org.claimdesk.claim.ClaimAction.NEEDS_INFO;
import static org.claimdesk.claim.ClaimAction.PROMOTE;
import static org.claimdesk.claim.ClaimAction.PROPOSE_VERDICT;
import static org.claimdesk.claim.ClaimAction.PUBLISH;
import static org.claimdesk.claim.ClaimAction.REJECT;
import static org.claimdesk.claim.ClaimAction.RELEASE;
import static org.claimdesk.claim.ClaimAction.REOPEN;
import static org.claimdesk.claim.ClaimAction.RESTORE;
import static org.claimdesk.claim.ClaimAction.RESUBMIT;
import static org.claimdesk.claim.ClaimAction.SEND_BACK;
import static org.claimdesk.claim.ClaimAction.SUBMIT;
import static org.claimdesk.claim.ClaimAction.TAKE;
import static org.claimdesk.claim.ClaimAction.WITHDRAW;
import static org.claimdesk.claim.ClaimStatus.APPROVED;
import static org.claimdesk.claim.ClaimStatus.CANDIDATE;
import static org.claimdesk.claim.ClaimStatus.CONFIRMED;
import static org.claimdesk.claim.ClaimStatus.EXTRACTED;
import static org.claimdesk.claim.ClaimStatus.IN_REVIEW;
import static org.claimdesk.claim.ClaimStatus.PUBLISHED;
import static org.claimdesk.claim.ClaimStatus.REJECTED;
import static org.claimdesk.claim.ClaimStatus.SUBMITTED;
import static org.claimdesk.claim.ClaimStatus.VERDICT_PROPOSED;
import static org.claimdesk.claim.ClaimWorkflow.Effect.ASSIGN_NAMED;
import static org.claimdesk.claim.ClaimWorkflow.Effect.CLEAR_APPROVAL;
import static org.claimdesk.claim.ClaimWorkflow.Effect.END_LEASE;
import static org.claimdesk.claim.ClaimWorkflow.Effect.LEASE_TO_ACTOR;
import static org.claimdesk.claim.ClaimWorkflow.Effect.RECORD_APPROVER;
import static org.claimdesk.claim.ClaimWorkflow.Effect.RECORD_CONFIRMER;
import static org.claimdesk.claim.ClaimWorkflow.Effect.RECORD_SUBMITTER;
import static org.claimdesk.claim.ClaimWorkflow.Effect.RECORD_VERDICT;
import static org.claimdesk.claim.ClaimWorkflow.Effect.RENEW_LEASE;
import static org.claimdesk.claim.ClaimWorkflow.Effect.UNASSIGN;
import static org.claimdesk.claim.ClaimWorkflow.Guard.EVIDENCE_ATTACHED;
import static org.claimdesk.claim.ClaimWorkflow.Guard.FOUR_EYES;
import static org.claimdesk.claim.ClaimWorkflow.Guard.HOLDER_OR_ADMIN;
import static org.claimdesk.claim.ClaimWorkflow.Guard.INDEPENDENT;
import static org.claimdesk.claim.ClaimWorkflow.Guard.NAMED_REVIEWER_INDEPENDENT;
import static org.claimdesk.claim.ClaimWorkflow.Guard.VERDICT_GIVEN;
import static org.claimdesk.core.Role.ADMIN;
import static org.claimdesk.core.Role.EDITOR;
import static org.claimdesk.core.Role.REVIEWER;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotPermittedException;
import org.claimdesk.core.Role;

/**
 * The claim workflow, whole: from which status an action leads where, which roles may take it,
 * whether it needs a reason, the guards that must hold (independence, four eyes, evidence) and what
 * it sets on the claim. {@link ClaimService#transition} reads a row and applies it; nothing else
 * decides. Pages and the API offer exactly the actions {@link #optionsFor} allows the viewer.
 *
 * <p>A new action is one row here (plus its constant in {@link ClaimAction}) and its test.
 */
public final class ClaimWorkflow {

    private static final Set<Role> EDITORS = EnumSet.of(EDITOR, ADMIN);
    private static final Set<Role> REVIEWERS = EnumSet.of(REVIEWER, ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    private static final boolean REASON = true;
    private static final boolean NO_REASON = false;

    private static final List<Transition> TABLE = List.of(
            //  from              action           to                roles      reason     guards                            effects
            row(EXTRACTED,        CONFIRM,         CONFIRMED,        EDITORS,   NO_REASON, List.of(),                        List.of(RECORD_CONFIRMER)),
            row(EXTRACTED,        REJECT,          REJECTED,         EDITORS,   REASON,    List.of(),                        List.of()),
            row(CONFIRMED,        REJECT,          REJECTED,         EDITORS,   REASON,    List.of(),                        List.of()),
            row(REJECTED,         RESTORE,         EXTRACTED,        EDITORS,   NO_REASON, List.of(),                        List.of()),
            row(CANDIDATE,        PROMOTE,         EXTRACTED,        EDITORS,   NO_REASON, List.of(),                        List.of()),
            row(CONFIRMED,        SUBMIT,          SUBMITTED,        EDITORS,   NO_REASON, List.of(),                        List.of(RECORD_SUBMITTER, UNASSIGN)),
            row(SUBMITTED,        WITHDRAW,        CONFIRMED,        EDITORS,   REASON,    List.of(),                        List.of()),
            row(SUBMITTED,        TAKE,            IN_REVIEW,        REVIEWERS, NO_REASON, List.of(INDEPENDENT),             List.of(LEASE_TO_ACTOR)),
            row(SUBMITTED,        ASSIGN,          IN_REVIEW,        EDITORS,   NO_REASON, List.of(NAMED_REVIEWER_INDEPENDENT), List.of(ASSIGN_NAMED)),
            row(IN_REVIEW,        RELEASE,         SUBMITTED,        REVIEWERS, NO_REASON, List.of(HOLDER_OR_ADMIN),         List.of(UNASSIGN)),
            row(IN_REVIEW,        NEEDS_INFO,      ClaimStatus.NEEDS_INFO, REVIEWERS, REASON, List.of(HOLDER_OR_ADMIN),      List.of(UNASSIGN)),
            row(ClaimStatus.NEEDS_INFO, RESUBMIT,  SUBMITTED,        EDITORS,   NO_REASON, List.of(),                        List.of(RECORD_SUBMITTER, UNASSIGN)),
            row(IN_REVIEW,        PROPOSE_VERDICT, VERDICT_PROPOSED, REVIEWERS, NO_REASON, List.of(HOLDER_OR_ADMIN, VERDICT_GIVEN, EVIDENCE_ATTACHED), List.of(RECORD_VERDICT)),
            row(VERDICT_PROPOSED, APPROVE,         APPROVED,         REVIEWERS, NO_REASON, List.of(FOUR_EYES),               List.of(RECORD_APPROVER, END_LEASE)),
            row(VERDICT_PROPOSED, SEND_BACK,       IN_REVIEW,        REVIEWERS, REASON,    List.of(FOUR_EYES),               List.of(RENEW_LEASE)),
            row(APPROVED,         PUBLISH,         PUBLISHED,        EDITORS,   NO_REASON, List.of(),                        List.of()),
            row(PUBLISHED,        REOPEN,          IN_REVIEW,        ADMINS,    REASON,    List.of(),                        List.of(CLEAR_APPROVAL, LEASE_TO_ACTOR)));

    /** Statuses in which an editor may still change a claim's fields (before the reviewers have it). */
    private static final Set<ClaimStatus> EDITABLE = EnumSet.of(CANDIDATE, EXTRACTED, CONFIRMED,
            ClaimStatus.NEEDS_INFO);

    /** Statuses after which nothing more is expected of the desk. */
    private static final Set<ClaimStatus> DONE = EnumSet.of(APPROVED, PUBLISHED, REJECTED);

    private ClaimWorkflow() {
    }

    /** One allowed move. */
    public record Transition(ClaimStatus from, ClaimAction action, ClaimStatus to, Set<Role> roles,
            boolean reasonRequired, List<Guard> guards, List<Effect> effects) {

        /** Whether the move asks for a verdict and an explanation. */
        public boolean needsVerdict() {
            return guards.contains(VERDICT_GIVEN);
        }

        /** Whether the move names the reviewer it hands the claim to. */
        public boolean needsAssignee() {
            return guards.contains(NAMED_REVIEWER_INDEPENDENT);
        }
    }

    /** Everything a move may look at besides the claim: who acts, what they sent, what the desk knows. */
    public record Context(Actor actor, Request request, EvidencePresence evidence, Instant now, Duration lease,
            Duration assignmentLease) {
    }

    /**
     * What a caller sends with an action. {@code assignee} is the reviewer an editor hands the claim
     * to (ASSIGN), already resolved to an account.
     */
    public record Request(ClaimAction action, String reason, Verdict verdict, String explanation, Reviewer assignee) {

        public static Request of(ClaimAction action) {
            return new Request(action, null, null, null, null);
        }
    }

    /** A named account an editor may hand a claim to. */
    public record Reviewer(long id, String username, Set<Role> roles) {
    }

    /** An action the viewer may take now, as a page or API client offers it. */
    public record Option(ClaimAction action, boolean reasonRequired, boolean needsVerdict, boolean needsAssignee,
            String blocked, Set<Role> roles) {

        /** The action as a button says it ("Propose verdict"). */
        public String label() {
            return action.label();
        }

        /** The name of the page form that takes this action (its errors are shown beside it). */
        public String formName() {
            return "action-" + action.name();
        }

        /** The label of the reason field: "Reason to reject". */
        public String reasonLabel() {
            return "Reason to " + action.label().toLowerCase(java.util.Locale.ROOT);
        }

        /** Editors' work (the desk offers it); the rest is done on the review page. */
        public boolean forEditors() {
            return roles.contains(EDITOR);
        }
    }

    /** A rule about people or evidence that a move must satisfy. */
    public enum Guard {
        /** Reviewers never check a claim they extracted, confirmed or submitted. */
        INDEPENDENT {
            @Override
            Optional<DomainException> check(Claim c, Context x) {
                return x.actor().is(c.editorId) || x.actor().is(c.confirmedBy) || c.wasSubmittedBy(x.actor().userId())
                        ? Optional.of(new NotPermittedException("Not independent",
                                "You worked on this claim as its editor, confirmer or submitter; another reviewer must check it."))
                        : Optional.empty();
            }
        },
        /** The named reviewer holds the reviewer role and had no hand in the claim. */
        NAMED_REVIEWER_INDEPENDENT {
            @Override
            Optional<DomainException> check(Claim c, Context x) {
                Reviewer r = x.request() == null ? null : x.request().assignee();
                if (r == null) {
                    return Optional.of(InvalidInputException.of("assignee", "name the reviewer to hand the claim to"));
                }
                if (!r.roles().contains(REVIEWER) && !r.roles().contains(ADMIN)) {
                    return Optional.of(InvalidInputException.of("assignee", r.username() + " is not a reviewer"));
                }
                if (r.id() == nz(c.editorId) || r.id() == nz(c.confirmedBy) || c.wasSubmittedBy(r.id())) {
                    return Optional.of(InvalidInputException.of("assignee", r.username()
                            + " worked on this claim as its editor, confirmer or submitter; choose another reviewer"));
                }
                return Optional.empty();
            }

            @Override
            boolean needsRequest() {
                return true;
            }
        },
        /** Only the reviewer who holds the claim, or an admin. */
        HOLDER_OR_ADMIN {
            @Override
            Optional<DomainException> check(Claim c, Context x) {
                return x.actor().has(ADMIN) || x.actor().is(c.assigneeId) ? Optional.empty()
                        : Optional.of(new NotPermittedException("Not your claim",
                                "Only the reviewer who holds this claim (or an admin) can do that."));
            }
        },
        /** The second person is none of the claim's editor, confirmer, submitters or proposer. */
        FOUR_EYES {
            @Override
            Optional<DomainException> check(Claim c, Context x) {
                Actor a = x.actor();
                return a.is(c.proposedBy) || a.is(c.editorId) || a.is(c.confirmedBy) || c.wasSubmittedBy(a.userId())
                        ? Optional.of(new NotPermittedException("Four-eyes rule",
                                "A verdict is decided by someone other than its proposer and the claim's editor,"
                                        + " confirmer and submitters."))
                        : Optional.empty();
            }
        },
        /** A verdict and the explanation of it come with the request. */
        VERDICT_GIVEN {
            @Override
            Optional<DomainException> check(Claim c, Context x) {
                if (x.request() == null || x.request().verdict() == null) {
                    return Optional.of(InvalidInputException.of("verdict", "choose a verdict"));
                }
                String why = x.request().explanation();
                return why == null || why.isBlank()
                        ? Optional.of(InvalidInputException.of("explanation", "say why the evidence supports this verdict"))
                        : Optional.empty();
            }

            @Override
            boolean needsRequest() {
                return true;
            }
        },
        /** At least one evidence item is attached. */
        EVIDENCE_ATTACHED {
            @Override
            Optional<DomainException> check(Claim c, Context x) {
                return x.evidence().present(c.id) ? Optional.empty()
                        : Optional.of(new ConflictException("Evidence needed",
                                "Attach at least one evidence item before proposing a verdict."));
            }
        };

        abstract Optional<DomainException> check(Claim claim, Context context);

        /** Whether the guard reads what the caller sends (it cannot be judged before the request). */
        boolean needsRequest() {
            return false;
        }
    }

    /** What a move sets on the claim besides its status and reason. */
    public enum Effect {
        RECORD_CONFIRMER {
            @Override
            void apply(Claim c, Context x) {
                c.confirmedBy = x.actor().userId();
            }
        },
        /** The latest submitter, and every submitter kept for the independence rules. */
        RECORD_SUBMITTER {
            @Override
            void apply(Claim c, Context x) {
                c.submittedBy = x.actor().userId();
                c.submittedAt = x.now();
                c.addSubmitter(x.actor().userId());
            }
        },
        UNASSIGN {
            @Override
            void apply(Claim c, Context x) {
                c.assigneeId = null;
                c.leaseUntil = null;
            }
        },
        LEASE_TO_ACTOR {
            @Override
            void apply(Claim c, Context x) {
                c.assigneeId = x.actor().userId();
                c.leaseUntil = x.now().plus(x.lease());
            }
        },
        ASSIGN_NAMED {
            @Override
            void apply(Claim c, Context x) {
                c.assigneeId = x.request().assignee().id();
                c.leaseUntil = x.now().plus(x.assignmentLease());
            }
        },
        RENEW_LEASE {
            @Override
            void apply(Claim c, Context x) {
                c.leaseUntil = x.now().plus(x.lease());
            }
        },
        END_LEASE {
            @Override
            void apply(Claim c, Context x) {
                c.leaseUntil = null;
            }
        },
        RECORD_VERDICT {
            @Override
            void apply(Claim c, Context x) {
                c.verdict = x.request().verdict();
                c.verdictExplanation = x.request().explanation().strip();
                c.proposedBy = x.actor().userId();
            }
        },
        RECORD_APPROVER {
            @Override
            void apply(Claim c, Context x) {
                c.approvedBy = x.actor().userId();
            }
        },
        CLEAR_APPROVAL {
            @Override
            void apply(Claim c, Context x) {
                c.approvedBy = null;
            }
        };

        abstract void apply(Claim claim, Context context);
    }

    private static Transition row(ClaimStatus from, ClaimAction action, ClaimStatus to, Set<Role> roles,
            boolean reason, List<Guard> guards, List<Effect> effects) {
        return new Transition(from, action, to, Set.copyOf(roles), reason, List.copyOf(guards), List.copyOf(effects));
    }

    public static Optional<Transition> find(ClaimStatus from, ClaimAction action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The one status an action starts from, when it has only one (what a bulk action applies to). */
    public static Optional<ClaimStatus> onlyFrom(ClaimAction action) {
        List<ClaimStatus> from = TABLE.stream().filter(t -> t.action() == action).map(Transition::from).toList();
        return from.size() == 1 ? Optional.of(from.get(0)) : Optional.empty();
    }

    /** Actions the table allows from a status, whoever asks. */
    public static List<ClaimAction> actionsFrom(ClaimStatus from) {
        return TABLE.stream().filter(t -> t.from() == from).map(Transition::action).toList();
    }

    /** The rows of the table, in order (for tests and documentation). */
    static List<Transition> rows() {
        return TABLE;
    }

    public static boolean editable(ClaimStatus status) {
        return EDITABLE.contains(status);
    }

    public static boolean done(ClaimStatus status) {
        return DONE.contains(status);
    }

    /**
     * Checks and applies a move: the row for the claim's status and the action (409 listing what is
     * possible otherwise), the actor's role (403), the reason, every guard, then the effects, the new
     * status and reason. Changes nothing on the claim when any check fails.
     */
    public static Transition apply(Claim claim, Context context) {
        Request request = context.request();
        Transition t = find(claim.status, request.action()).orElseThrow(() -> notPossible(claim, request.action()));
        context.actor().require(t.roles());
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (t.reasonRequired() && reason == null) {
            throw InvalidInputException.of("reason", "a reason is required to " + request.action().label().toLowerCase(
                    java.util.Locale.ROOT));
        }
        for (Guard guard : t.guards()) {
            Optional<DomainException> failure = guard.check(claim, context);
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
        t.effects().forEach(e -> e.apply(claim, context));
        claim.status = t.to();
        claim.statusReason = reason;
        claim.updatedAt = context.now();
        return t;
    }

    /**
     * The actions {@code context.actor()} may take on the claim now: the table's rows from its status
     * for the actor's roles whose guards hold. Guards that read the request are judged when it comes;
     * a missing evidence item leaves the action offered but blocked, with the reason.
     */
    public static List<Option> optionsFor(Claim claim, Context context) {
        return TABLE.stream()
                .filter(t -> t.from() == claim.status && context.actor().hasAny(t.roles()))
                .map(t -> option(t, claim, context))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Option> option(Transition t, Claim claim, Context context) {
        String blocked = null;
        for (Guard guard : t.guards()) {
            if (guard.needsRequest()) {
                continue;
            }
            Optional<DomainException> failure = guard.check(claim, context);
            if (failure.isPresent()) {
                if (guard != EVIDENCE_ATTACHED) {
                    return Optional.empty();
                }
                blocked = failure.get().detail();
            }
        }
        return Optional.of(new Option(t.action(), t.reasonRequired(), t.needsVerdict(), t.needsAssignee(), blocked,
                t.roles()));
    }

    static ConflictException notPossible(Claim claim, ClaimAction action) {
        List<String> allowed = actionsFrom(claim.status).stream().map(Enum::name).toList();
        return new ConflictException("Action not allowed",
                action + " is not possible on a claim in status " + claim.status
                        + (allowed.isEmpty() ? "; no action is." : "; allowed: " + String.join(", ", allowed) + "."),
                null, allowed);
    }

    private static long nz(Long id) {
        return id == null ? Long.MIN_VALUE : id;
    }
}
