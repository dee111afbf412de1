package org.claimdesk.claim;

import java.util.Locale;

/**
 * What a user can do to a claim's status; {@link ClaimWorkflow} says from where, by whom and to what.
 * Each action carries how the claim's history says it was done.
 */
public enum ClaimAction {
    CONFIRM("confirmed it"),
    REJECT("rejected it"),
    RESTORE("restored it after a rejection"),
    PROMOTE("made it a claim"),
    SUBMIT("submitted it for review"),
    WITHDRAW("withdrew it from review"),
    TAKE("took it for review"),
    ASSIGN("assigned it to a reviewer"),
    RELEASE("released it to the queue"),
    NEEDS_INFO("asked the editor for more information"),
    RESUBMIT("resubmitted it"),
    PROPOSE_VERDICT("proposed a verdict"),
    APPROVE("approved the verdict"),
    SEND_BACK("sent the verdict back"),
    PUBLISH("published the verdict"),
    REOPEN("reopened it");

    private final String done;

    ClaimAction(String done) {
        this.done = done;
    }

    /** The action as a button says it: PROPOSE_VERDICT is "Propose verdict". */
    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The action as the history tells it, after the person's name: "withdrew it from review". */
    public String done() {
        return done;
    }

    /** The audit log's name for this action: CLAIM_WITHDRAW. */
    public String auditAction() {
        return "CLAIM_" + name();
    }
}
