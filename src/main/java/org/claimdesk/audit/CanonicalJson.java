package org.claimdesk.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical JSON of format-2 audit entries: one text for one value, so that an entry hashes the
 * same when sealed, when read back from jsonb (which reorders keys and respaces) and from an export.
 * Written here rather than by Jackson so that the hash does not depend on a library's escaping:
 * <ul>
 * <li>objects with keys sorted by UTF-16 code units, no whitespace (as RFC 8785);</li>
 * <li>strings escaped only where JSON requires it ({@code " \ } and controls below U+0020, as
 * {@code \b \t \n \f \r} or a six-character escape in lowercase hex); everything else as itself, U+2028 and astral
 * characters included. NUL and half surrogate pairs cannot be stored by PostgreSQL and are not
 * Unicode text: refused ({@link Unencodable});</li>
 * <li>numbers by exact decimal value, without trailing zeros (-0 is 0): as a plain JSON number when
 * that takes at most {@value #MAX_NUMBER_CHARS} characters, otherwise as a JSON string of the
 * scientific form ({@code "1E+1001"}). So no number is ever longer than a reader's limit (Jackson
 * 1,000 digits, Python 4,300) or outside PostgreSQL numeric's range (16,383 decimals), and the
 * rule is idempotent: the stored text is its own canonical form. NaN and infinities become the
 * strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.</li>
 * </ul>
 */
public final class CanonicalJson {

    /** Longest plain decimal kept as a JSON number: every long, every value the API takes, most doubles. */
    public static final int MAX_NUMBER_CHARS = 100;

    /** Deepest nesting written; what Jackson reads by default, and far beyond any audit view. */
    static final int MAX_DEPTH = 500;

    /**
     * Reads audit JSON without Jackson's default limits on numbers (1,000 digits) and strings: a
     * stored entry must always read back. The number limit is above the longest numeric PostgreSQL
     * prints (131,072 digits before the point, 16,383 after), which format-1 entries may hold.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(200_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(2 * MAX_DEPTH)
                    .build())
            .build())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    /** A value the audit log cannot hold; {@link #field()} names where (an object key, or null at the top). */
    public static final class Unencodable extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String field;

        Unencodable(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private CanonicalJson() {
    }

    /**
     * Canonical text of any value Jackson can write (maps, records, lists, JSON trees); null, and a
     * value that writes as JSON null, give null (no value to store).
     *
     * @throws Unencodable for text with NUL or half a surrogate pair, or nesting beyond {@value #MAX_DEPTH}
     */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return null;
        }
        return write(tree);
    }

    /** Canonical text of a JSON document (jsonb read back, a line of an export); null stays null. */
    public static String ofJson(String json) {
        return json == null ? null : write(read(json));
    }

    /** Canonical text of a parsed tree. */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(128);
        write(node, out, null, 0);
        return out.toString();
    }

    /**
     * The canonical literal of a text field ({@code null} for null).
     *
     * @throws Unencodable naming {@code field} for text with NUL or half a surrogate pair
     */
    public static String quote(String field, String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2);
        string(text, out, field);
        return out.toString();
    }

    /** Parses audit JSON with the limits above; numbers exactly (BigDecimal, BigInteger). */
    public static JsonNode parse(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    static JsonNode read(String json) {
        try {
            return parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void write(JsonNode node, StringBuilder out, String field, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Unencodable(field, "is nested more than " + MAX_DEPTH + " levels deep");
        }
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
                Collections.sort(names);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    String name = names.get(i);
                    string(name, out, name);
                    out.append(':');
                    write(node.get(name), out, name, depth + 1);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                int i = 0;
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(it.next(), out, field, depth + 1);
                }
                out.append(']');
            }
            case NUMBER -> number(node, out, field);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            // BINARY (byte[]) as Jackson writes it: base64 text
            case STRING, BINARY -> string(node.asText(), out, field);
            default -> throw new Unencodable(field, "is not a JSON value (" + node.getNodeType() + ")");
        }
    }

    private static void number(JsonNode node, StringBuilder out, String field) {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            string(Double.toString(node.doubleValue()), out, field);
            return;
        }
        BigDecimal value = node.decimalValue();
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (plainLength(value) <= MAX_NUMBER_CHARS) {
            out.append(value.toPlainString());
        } else {
            // exact, and short whatever the exponent: 1E+1001, -1.5E-1001
            string(value.toString(), out, field);
        }
    }

    /** Length of {@code toPlainString()} of a stripped value, without building it (1e100000000 would not fit). */
    static long plainLength(BigDecimal stripped) {
        long digits = stripped.precision();
        long scale = stripped.scale();
        long length;
        if (scale <= 0) {
            length = digits - scale;
        } else if (scale < digits) {
            length = digits + 1;
        } else {
            length = scale + 2;
        }
        return stripped.signum() < 0 ? length + 1 : length;
    }

    private static void string(String s, StringBuilder out, String field) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\0' -> throw new Unencodable(field, "must not contain the NUL character (U+0000)");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new Unencodable(field, "holds half of a surrogate pair, which is not Unicode text");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
