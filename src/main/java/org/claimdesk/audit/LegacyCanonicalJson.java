package org.claimdesk.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON of format-1 entries (written before format 2), kept byte for byte so that their
 * hashes still verify: Jackson's encoding, keys sorted, numbers as plain decimals without trailing
 * zeros. It wrote 1e1001 as 1,002 digits, which is why it reads through {@link CanonicalJson#parse}'s
 * limits (as long as PostgreSQL's numeric), not Jackson's default 1,000 digits. New entries use
 * {@link CanonicalJson}.
 */
final class LegacyCanonicalJson {

    private static final ObjectMapper MAPPER = CanonicalJson.MAPPER;

    private LegacyCanonicalJson() {
    }

    /** Canonical text of any value Jackson can write; null stays null. */
    static String of(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        return write(canonical(tree));
    }

    /** Canonical text of a JSON document (jsonb read back, or a line of an export); null stays null. */
    static String ofJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return write(canonical(MAPPER.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
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
                    .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
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
