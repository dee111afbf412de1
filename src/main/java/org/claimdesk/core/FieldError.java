package org.claimdesk.core;

/**
 * One invalid input: the field as the API names it, and what is wrong with it in words. The
 * message does not repeat the field; {@link #text()} puts the field's label in front.
 */
public record FieldError(String field, String message) {

    /** "Published date: must be between 1800-01-01 and 2200-12-31". */
    public String text() {
        return FieldLabels.label(field) + ": " + message;
    }
}
