package org.claimdesk.core;

/** The input is larger than the desk accepts. */
public final class TooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String title, String detail) {
        super(title, detail);
    }
}
