package org.claimdesk.core;

/**
 * Something the desk depends on (the database) cannot be reached. {@link #mayHaveApplied()} tells
 * whether the request might have taken effect (a commit cut off) or certainly did not.
 */
public final class UnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveApplied;

    public UnavailableException(String detail, boolean mayHaveApplied, Throwable cause) {
        super("Service unavailable", detail);
        this.mayHaveApplied = mayHaveApplied;
        if (cause != null) {
            initCause(cause);
        }
    }

    public boolean mayHaveApplied() {
        return mayHaveApplied;
    }
}
