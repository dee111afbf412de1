package org.claimdesk.core;

import java.util.List;

/**
 * The request clashes with the current state: a stale version, a duplicate, a workflow move that is
 * not possible from here. May name the existing thing ({@link #location()}) or what is possible
 * instead ({@link #allowedActions()}).
 */
public final class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final transient List<String> allowedActions;

    public ConflictException(String title, String detail) {
        this(title, detail, null, List.of());
    }

    public ConflictException(String title, String detail, String location, List<String> allowedActions) {
        super(title, detail);
        this.location = location;
        this.allowedActions = List.copyOf(allowedActions);
    }

    /** Where the existing resource is (a duplicate), or null. */
    public String location() {
        return location;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
