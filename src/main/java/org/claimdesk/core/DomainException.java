package org.claimdesk.core;

/**
 * A request the domain understood but will not carry out, in words the caller can act on. Domain
 * code throws one of its subclasses; only the web edge (ProblemMapper, the pages) turns them into
 * HTTP statuses, problem+json bodies or messages beside a form.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;

    protected DomainException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    /** A short summary of the kind of failure ("Not found", "Stale version", ...). */
    public String title() {
        return title;
    }

    /** What went wrong, in a sentence for the user. */
    public String detail() {
        return getMessage();
    }
}
