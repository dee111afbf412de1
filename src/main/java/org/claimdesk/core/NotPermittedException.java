package org.claimdesk.core;

/** The caller's role, or their part in a claim so far (four eyes, independence), does not allow this. */
public final class NotPermittedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String title, String detail) {
        super(title, detail);
    }

    /** The caller has none of the roles the action needs. */
    public static NotPermittedException role() {
        return new NotPermittedException("Forbidden", "Your account does not have the role this needs.");
    }
}
