package org.claimdesk.core;

/** The thing asked for does not exist. */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** @param what the missing thing, as a user names it: "Claim 12" */
    public NotFoundException(String what) {
        super("Not found", what + " does not exist.");
    }
}
