package org.claimdesk.core;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted, field by field. Nothing was changed. */
public final class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input", errors.stream().map(FieldError::text).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message for one field, or null: a page shows it beside that field. */
    public String messageFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst()
                .orElse(null);
    }
}
