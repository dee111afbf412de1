package org.claimdesk.core;

/** The input is in a format the desk does not read (a file type, a media type). */
public final class UnsupportedFormatException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String title, String detail) {
        super(title, detail);
    }
}
