package org.claimdesk.claim;

/** What a user can do to a claim's status. */
public enum ClaimAction {
    CONFIRM, REJECT, PROMOTE, SUBMIT,
    TAKE, RELEASE, NEEDS_INFO, RESUBMIT, PROPOSE_VERDICT, APPROVE, SEND_BACK, PUBLISH, REOPEN
}
