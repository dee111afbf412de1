package org.claimdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One encoding of a JSON value, so that an entry hashes the same when written and when read back
 * from jsonb (which reorders keys and respaces) or from an exported file: keys sorted, no
 * whitespace, numbers as plain decimals without trailing zeros.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private CanonicalJson() {
    }

    /** Canonical text of any value Jackson can write (maps, records, lists); null stays null. */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        return write(canonical(tree));
    }

    /** Canonical text of a JSON document (e.g. jsonb read back); null stays null. */
    public static String ofJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return write(canonical(MAPPER.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode parse(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                sorted.set(name, canonical(node.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                array.add(canonical(it.next()));
            }
            return array;
        }
        if (node.isNumber()) {
            BigDecimal plain = node.decimalValue().stripTrailingZeros();
            return JsonNodeFactory.instance.numberNode(new BigDecimal(plain.toPlainString()));
        }
        return node;
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .with(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Canonical map for the hashed fields of an entry. */
    static String entry(Map<String, Object> fields) {
        return of(fields);
    }
}
