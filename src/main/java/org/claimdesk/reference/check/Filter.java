package org.claimdesk.reference.check;

import java.util.List;

/**
 * One condition of a check: {@code column = value} (one value) or {@code column in (values)}.
 * {@code op} is informative ("=" or "in"); the number of values decides.
 */
public record Filter(String column, String op, List<String> values) {

    public Filter {
        values = values == null ? List.of() : List.copyOf(values);
        op = values.size() == 1 ? "=" : "in";
    }

    public static Filter eq(String column, String value) {
        return new Filter(column, "=", List.of(value));
    }

    public static Filter in(String column, List<String> values) {
        return new Filter(column, "in", values);
    }

    /** "First party = Lab", "Return type group in (Enforced return, Voluntary return)". */
    public String words() {
        return values.size() == 1 ? column + " = " + values.get(0) : column + " in (" + String.join(", ", values) + ")";
    }
}
