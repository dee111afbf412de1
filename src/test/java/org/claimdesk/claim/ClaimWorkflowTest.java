package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotPermittedException;
import org.claimdesk.core.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The workflow table on its own, without Quarkus or a database: every row, every guard, every forbidden move. */
class ClaimWorkflowTest {

    private static final long EDITOR_ID = 1;
    private static final long CONFIRMER_ID = 2;
    private static final long SUBMITTER_ID = 3;
    private static final long HOLDER_ID = 4;
    private static final long PROPOSER_ID = 5;
    private static final long OUTSIDER_ID = 9;
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final Duration ASSIGNMENT = Duration.ofDays(2);
    private static final ClaimWorkflow.Reviewer NAMED = new ClaimWorkflow.Reviewer(7, "reviewer3", Set.of(Role.REVIEWER));

    /** A claim in {@code status} with a history that touches every person field. */
    private static Claim claim(ClaimStatus status) {
        Claim c = new Claim();
        c.id = 100L;
        c.status = status;
        c.editorId = EDITOR_ID;
        c.confirmedBy = CONFIRMER_ID;
        c.addSubmitter(SUBMITTER_ID);
        c.submittedBy = SUBMITTER_ID;
        c.assigneeId = status == ClaimStatus.IN_REVIEW ? HOLDER_ID : null;
        c.proposedBy = status == ClaimStatus.VERDICT_PROPOSED ? PROPOSER_ID : null;
        return c;
    }

    private static Actor actor(long id, Role... roles) {
        return new Actor("user" + id, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), id);
    }

    /** A request that carries whatever the row asks for. */
    private static ClaimWorkflow.Request complete(ClaimWorkflow.Transition t) {
        return new ClaimWorkflow.Request(t.action(), t.reasonRequired() ? "because" : null,
                t.needsVerdict() ? Verdict.MOSTLY_ACCURATE : null, t.needsVerdict() ? "the table says so" : null,
                t.needsAssignee() ? NAMED : null);
    }

    private static ClaimWorkflow.Context context(Actor actor, ClaimWorkflow.Request request, boolean evidence) {
        return new ClaimWorkflow.Context(actor, request, id -> evidence, NOW, LEASE, ASSIGNMENT);
    }

    /** Someone allowed to take the row: its role, no part in the claim (holding it when the row needs the holder). */
    private static Actor allowed(ClaimWorkflow.Transition t) {
        Role role = t.roles().contains(Role.EDITOR) ? Role.EDITOR : t.roles().iterator().next();
        boolean needsHolder = t.guards().contains(ClaimWorkflow.Guard.HOLDER_OR_ADMIN);
        return actor(needsHolder ? HOLDER_ID : OUTSIDER_ID, role);
    }

    static Stream<ClaimWorkflow.Transition> rows() {
        return ClaimWorkflow.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowMovesTheClaimAndSetsItsFields(ClaimWorkflow.Transition t) {
        Claim c = claim(t.from());
        Actor who = allowed(t);
        ClaimWorkflow.apply(c, context(who, complete(t), true));
        assertThat(c.status).isEqualTo(t.to());
        assertThat(c.updatedAt).isEqualTo(NOW);
        assertThat(c.statusReason).isEqualTo(t.reasonRequired() ? "because" : null);
        for (ClaimWorkflow.Effect e : t.effects()) {
            switch (e) {
                case RECORD_CONFIRMER -> assertThat(c.confirmedBy).isEqualTo(who.userId());
                case RECORD_SUBMITTER -> {
                    assertThat(c.submittedBy).isEqualTo(who.userId());
                    assertThat(c.submitters).contains(SUBMITTER_ID, who.userId());
                }
                case UNASSIGN -> assertThat(c.assigneeId).isNull();
                case LEASE_TO_ACTOR -> {
                    assertThat(c.assigneeId).isEqualTo(who.userId());
                    assertThat(c.leaseUntil).isEqualTo(NOW.plus(LEASE));
                }
                case ASSIGN_NAMED -> {
                    assertThat(c.assigneeId).isEqualTo(NAMED.id());
                    assertThat(c.leaseUntil).isEqualTo(NOW.plus(ASSIGNMENT));
                }
                case RENEW_LEASE -> assertThat(c.leaseUntil).isEqualTo(NOW.plus(LEASE));
                case END_LEASE -> assertThat(c.leaseUntil).isNull();
                case RECORD_VERDICT -> {
                    assertThat(c.verdict).isEqualTo(Verdict.MOSTLY_ACCURATE);
                    assertThat(c.proposedBy).isEqualTo(who.userId());
                }
                case RECORD_APPROVER -> assertThat(c.approvedBy).isEqualTo(who.userId());
                case CLEAR_APPROVAL -> assertThat(c.approvedBy).isNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowRefusesTheRolesItDoesNotName(ClaimWorkflow.Transition t) {
        for (Role role : Role.values()) {
            if (t.roles().contains(role)) {
                continue;
            }
            Claim c = claim(t.from());
            assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(actor(HOLDER_ID, role), complete(t), true)))
                    .as(role + " on " + t.action()).isInstanceOf(NotPermittedException.class);
            assertThat(c.status).isEqualTo(t.from());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aRowThatNeedsAReasonRefusesNone(ClaimWorkflow.Transition t) {
        if (!t.reasonRequired()) {
            return;
        }
        Claim c = claim(t.from());
        ClaimWorkflow.Request bare = new ClaimWorkflow.Request(t.action(), "  ", null, null, null);
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(allowed(t), bare, true)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));
        assertThat(c.status).isEqualTo(t.from());
    }

    static Stream<Arguments> movesNotInTheTable() {
        List<Arguments> out = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            for (ClaimAction action : ClaimAction.values()) {
                if (ClaimWorkflow.find(status, action).isEmpty()) {
                    out.add(Arguments.of(status, action));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("movesNotInTheTable")
    void everyOtherMoveIsAConflictThatListsWhatIsPossible(ClaimStatus status, ClaimAction action) {
        Claim c = claim(status);
        Actor admin = actor(OUTSIDER_ID, Role.ADMIN, Role.EDITOR, Role.REVIEWER);
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(admin,
                new ClaimWorkflow.Request(action, "r", Verdict.ACCURATE, "e", NAMED), true)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.allowedActions())
                        .containsExactlyElementsOf(ClaimWorkflow.actionsFrom(status).stream().map(Enum::name).toList()));
        assertThat(c.status).isEqualTo(status);
    }

    @Test
    void nobodyWhoWorkedOnAClaimTakesItForReview() {
        for (long id : List.of(EDITOR_ID, CONFIRMER_ID, SUBMITTER_ID)) {
            Claim c = claim(ClaimStatus.SUBMITTED);
            assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(actor(id, Role.REVIEWER),
                    ClaimWorkflow.Request.of(ClaimAction.TAKE), true)))
                    .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.title()).isEqualTo("Not independent"));
        }
    }

    @Test
    void anEarlierSubmitterStaysOutAfterSomeoneElseResubmits() {
        Claim c = claim(ClaimStatus.NEEDS_INFO);
        ClaimWorkflow.apply(c, context(actor(OUTSIDER_ID, Role.EDITOR), ClaimWorkflow.Request.of(ClaimAction.RESUBMIT), true));
        assertThat(c.submittedBy).isEqualTo(OUTSIDER_ID);
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(actor(SUBMITTER_ID, Role.REVIEWER),
                ClaimWorkflow.Request.of(ClaimAction.TAKE), true))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void fourEyesKeepEveryoneWhoWorkedOnTheClaimFromDecidingItsVerdict() {
        for (ClaimAction decision : List.of(ClaimAction.APPROVE, ClaimAction.SEND_BACK)) {
            for (long id : List.of(PROPOSER_ID, EDITOR_ID, CONFIRMER_ID, SUBMITTER_ID)) {
                Claim c = claim(ClaimStatus.VERDICT_PROPOSED);
                ClaimWorkflow.Request r = new ClaimWorkflow.Request(decision, "why", null, null, null);
                assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(actor(id, Role.REVIEWER, Role.ADMIN), r, true)))
                        .as(decision + " by " + id)
                        .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.title()).isEqualTo("Four-eyes rule"));
            }
        }
    }

    @Test
    void onlyTheHolderOrAnAdminWorksOnAClaimInReview() {
        Claim c = claim(ClaimStatus.IN_REVIEW);
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(actor(OUTSIDER_ID, Role.REVIEWER),
                ClaimWorkflow.Request.of(ClaimAction.RELEASE), true)))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.title()).isEqualTo("Not your claim"));
        ClaimWorkflow.apply(c, context(actor(OUTSIDER_ID, Role.ADMIN), ClaimWorkflow.Request.of(ClaimAction.RELEASE), true));
        assertThat(c.status).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void aVerdictNeedsEvidenceAVerdictAndAnExplanation() {
        Actor holder = actor(HOLDER_ID, Role.REVIEWER);
        Claim c = claim(ClaimStatus.IN_REVIEW);
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(holder, new ClaimWorkflow.Request(
                ClaimAction.PROPOSE_VERDICT, null, Verdict.ACCURATE, "fine", null), false)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.title()).isEqualTo("Evidence needed"));
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(holder, new ClaimWorkflow.Request(
                ClaimAction.PROPOSE_VERDICT, null, null, "fine", null), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("verdict")).isNotNull());
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(holder, new ClaimWorkflow.Request(
                ClaimAction.PROPOSE_VERDICT, null, Verdict.ACCURATE, " ", null), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("explanation")).isNotNull());
        assertThat(c.status).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(c.verdict).isNull();
    }

    @Test
    void aClaimIsHandedOnlyToAnIndependentReviewer() {
        Actor editor = actor(OUTSIDER_ID, Role.EDITOR);
        Claim c = claim(ClaimStatus.SUBMITTED);
        List<ClaimWorkflow.Reviewer> refused = List.of(
                new ClaimWorkflow.Reviewer(8, "editor2", Set.of(Role.EDITOR)),
                new ClaimWorkflow.Reviewer(CONFIRMER_ID, "confirmer", Set.of(Role.REVIEWER)),
                new ClaimWorkflow.Reviewer(SUBMITTER_ID, "submitter", Set.of(Role.REVIEWER)));
        for (ClaimWorkflow.Reviewer r : refused) {
            assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(editor,
                    new ClaimWorkflow.Request(ClaimAction.ASSIGN, null, null, null, r), true)))
                    .as(r.username()).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageFor("assignee")).isNotNull());
        }
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(editor, ClaimWorkflow.Request.of(ClaimAction.ASSIGN), true)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(c.status).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void aRejectionCanBeUndone() {
        Claim c = claim(ClaimStatus.EXTRACTED);
        Actor editor = actor(EDITOR_ID, Role.EDITOR);
        ClaimWorkflow.apply(c, context(editor, new ClaimWorkflow.Request(ClaimAction.REJECT, "a pledge", null, null, null), true));
        assertThat(c.statusReason).isEqualTo("a pledge");
        ClaimWorkflow.apply(c, context(editor, ClaimWorkflow.Request.of(ClaimAction.RESTORE), true));
        assertThat(c.status).isEqualTo(ClaimStatus.EXTRACTED);
        assertThat(c.statusReason).isNull();
        assertThatThrownBy(() -> ClaimWorkflow.apply(c, context(actor(HOLDER_ID, Role.REVIEWER),
                ClaimWorkflow.Request.of(ClaimAction.REJECT), true))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSubmittedClaimCanBeWithdrawnUntilAReviewerHasIt() {
        Claim c = claim(ClaimStatus.SUBMITTED);
        Actor editor = actor(EDITOR_ID, Role.EDITOR);
        ClaimWorkflow.apply(c, context(editor, new ClaimWorkflow.Request(ClaimAction.WITHDRAW, "wrong figure", null, null, null), true));
        assertThat(c.status).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(c.statusReason).isEqualTo("wrong figure");
        assertThat(c.submitters).as("the history of who submitted it stays").contains(SUBMITTER_ID);
        ClaimWorkflow.apply(c, context(editor, ClaimWorkflow.Request.of(ClaimAction.SUBMIT), true));
        assertThat(c.status).isEqualTo(ClaimStatus.SUBMITTED);

        Claim held = claim(ClaimStatus.IN_REVIEW);
        assertThatThrownBy(() -> ClaimWorkflow.apply(held, context(editor,
                new ClaimWorkflow.Request(ClaimAction.WITHDRAW, "too late", null, null, null), true)))
                .isInstanceOf(ConflictException.class);
        assertThat(held.status).isEqualTo(ClaimStatus.IN_REVIEW);
        var entry = new org.claimdesk.audit.HistoryEntry(NOW, "editor", ClaimAction.WITHDRAW.auditAction(),
                "wrong figure", null, null, true);
        assertThat(ClaimHistory.step(entry, java.util.Map.of()).what()).isEqualTo("withdrew it from review");
    }

    @Test
    void optionsOfferOnlyWhatTheViewerMayDo() {
        Claim proposed = claim(ClaimStatus.VERDICT_PROPOSED);
        assertThat(actions(proposed, actor(PROPOSER_ID, Role.REVIEWER), true)).isEmpty();
        assertThat(actions(proposed, actor(OUTSIDER_ID, Role.REVIEWER), true))
                .containsExactly(ClaimAction.APPROVE, ClaimAction.SEND_BACK);
        assertThat(actions(proposed, actor(OUTSIDER_ID, Role.EDITOR), true)).isEmpty();

        Claim held = claim(ClaimStatus.IN_REVIEW);
        assertThat(actions(held, actor(OUTSIDER_ID, Role.REVIEWER), true)).isEmpty();
        assertThat(actions(held, actor(HOLDER_ID, Role.REVIEWER), true))
                .containsExactly(ClaimAction.RELEASE, ClaimAction.NEEDS_INFO, ClaimAction.PROPOSE_VERDICT);
        ClaimWorkflow.Option propose = ClaimWorkflow.optionsFor(held, context(actor(HOLDER_ID, Role.REVIEWER),
                ClaimWorkflow.Request.of(null), false)).stream()
                .filter(o -> o.action() == ClaimAction.PROPOSE_VERDICT).findFirst().orElseThrow();
        assertThat(propose.blocked()).contains("evidence");
        assertThat(propose.needsVerdict()).isTrue();

        Claim submitted = claim(ClaimStatus.SUBMITTED);
        assertThat(actions(submitted, actor(SUBMITTER_ID, Role.REVIEWER), true)).isEmpty();
        assertThat(actions(submitted, actor(OUTSIDER_ID, Role.EDITOR), true))
                .containsExactly(ClaimAction.WITHDRAW, ClaimAction.ASSIGN);
        Claim rejected = claim(ClaimStatus.REJECTED);
        assertThat(actions(rejected, actor(OUTSIDER_ID, Role.EDITOR), true)).containsExactly(ClaimAction.RESTORE);
    }

    private static List<ClaimAction> actions(Claim c, Actor who, boolean evidence) {
        return ClaimWorkflow.optionsFor(c, context(who, ClaimWorkflow.Request.of(null), evidence)).stream()
                .map(ClaimWorkflow.Option::action).toList();
    }
}
