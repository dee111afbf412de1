package org.claimdesk.web;

import java.util.List;

/**
 * A request the server understood but will not carry out, with words the caller can act on.
 * Mapped to an RFC 9457 problem (API) or a readable message (pages) by {@link ProblemMapper}.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient List<Problem.FieldError> errors;
    private final String location;
    private final transient List<String> allowedActions;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of(), null);
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors, String location) {
        this(status, title, detail, errors, location, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors, String location,
            List<String> allowedActions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
        this.location = location;
        this.allowedActions = allowedActions;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "Invalid input", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " does not exist.");
    }

    public static ProblemException conflict(String title, String detail) {
        return new ProblemException(409, title, detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The actions that are possible instead (a 409 on a workflow transition). */
    public List<String> allowedActions() {
        return allowedActions;
    }

    /** Where the existing resource is, for a conflict with it (409 with Location). */
    public String location() {
        return location;
    }
}
