package org.claimdesk.claim;

import java.util.Locale;

/** What a user can do to a claim's status; {@link ClaimWorkflow} says from where, by whom and to what. */
public enum ClaimAction {
    CONFIRM, REJECT, RESTORE, PROMOTE, SUBMIT,
    TAKE, ASSIGN, RELEASE, NEEDS_INFO, RESUBMIT, PROPOSE_VERDICT, APPROVE, SEND_BACK, PUBLISH, REOPEN;

    /** The action as a button says it: PROPOSE_VERDICT is "Propose verdict". */
    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
