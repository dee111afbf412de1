package org.claimdesk.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.FieldError;
import org.claimdesk.core.InvalidInputException;

/**
 * What a refused form said: the values the user typed and a message beside each field the service
 * refused, so that the page is shown again as it was sent. Templates ask it through the
 * {@code {#field}} tag; a page that did not fail has {@link #NONE}.
 */
public final class FormState {

    public static final FormState NONE = new FormState(null, Map.of(), Map.of(), null, null);

    private final String form;
    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final String message;
    private final String detail;

    private FormState(String form, Map<String, String> values, Map<String, String> errors, String message,
            String detail) {
        this.form = form;
        this.values = values;
        this.errors = errors;
        this.message = message;
        this.detail = detail;
    }

    /**
     * The state of form {@code form} after {@code failure}: the typed values are the components of the
     * form record ({@code typed}); field errors go beside their fields, anything else above the form.
     */
    public static FormState failed(String form, Record typed, DomainException failure) {
        Map<String, String> values = new HashMap<>();
        if (typed != null) {
            for (RecordComponent c : typed.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(typed);
                    // what a person typed (uploads and lists are not shown again)
                    if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean) {
                        values.put(c.getName(), String.valueOf(v));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("form record " + typed.getClass().getSimpleName(), e);
                }
            }
        }
        Map<String, String> errors = new HashMap<>();
        String message = null;
        if (failure instanceof InvalidInputException invalid) {
            for (FieldError e : invalid.errors()) {
                errors.putIfAbsent(e.field(), e.message());
            }
            // a field the form does not show still gets its words above the form
            if (invalid.errors().stream().anyMatch(e -> !values.containsKey(e.field()) && !knownField(typed, e.field()))) {
                message = failure.detail();
            }
        } else {
            message = failure.detail();
        }
        return new FormState(form, values, errors, message, failure.detail());
    }

    private static boolean knownField(Record typed, String field) {
        if (typed == null) {
            return false;
        }
        for (RecordComponent c : typed.getClass().getRecordComponents()) {
            if (c.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** The id of a field's input: the form's name and the field's. */
    public String id(String name, String field) {
        return name + "-" + field;
    }

    /** Whether {@code name} is the form that failed (a page opens its panel). */
    public boolean failed(String name) {
        return name.equals(form);
    }

    /** What the field shows: what was typed into the failed form, else {@code current}. */
    public String value(String name, String field, Object current) {
        if (failed(name)) {
            return values.getOrDefault(field, "");
        }
        if (current == null) {
            return "";
        }
        return current instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(current);
    }

    /** A checkbox: ticked as it was sent, else as {@code current} is. */
    public boolean checked(String name, String field, boolean current) {
        if (failed(name)) {
            String v = values.get(field);
            return v != null && !v.isEmpty() && !v.equals("false");
        }
        return current;
    }

    /** Whether a select option is the one chosen (typed, else current). */
    public boolean selected(String name, String field, Object option, Object current) {
        return String.valueOf(option).equals(value(name, field, current));
    }

    /** The message beside a field of the failed form, or null. */
    public String error(String name, String field) {
        return failed(name) ? errors.get(field) : null;
    }

    /** The failed form's message that belongs to no field shown, or null. */
    public String message(String name) {
        return failed(name) ? message : null;
    }

    /**
     * What was refused, in words, whichever form it was: shown once at the top of the page (the
     * fields' own messages stand beside them as well).
     */
    public String generalMessage() {
        return form == null ? null : message != null ? message : "Not saved. " + detail;
    }
}
