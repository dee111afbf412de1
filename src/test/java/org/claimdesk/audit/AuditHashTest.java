package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two hash inputs of format 2 are canonical JSON, as the general writer would produce them. */
class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:30:00.123456789Z");

    @Test
    void theContentInputIsTheCanonicalObjectOfItsFields() {
        String before = CanonicalJson.of(Map.of("value", 1, "unit", "seats"));
        String after = CanonicalJson.of(CanonicalJsonTest.hostileValues());
        String reason = "why \u2028 " + CanonicalJsonTest.EVERY_PLANE;
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", AuditHash.FORMAT_SEALED);
        o.put("at", "2026-03-01T09:30:00.123456Z");
        o.put("actor", "editor");
        o.put("action", "CLAIM_EDITED");
        o.put("entityType", "CLAIM");
        o.put("entityId", -7L);
        o.set("before", CanonicalJson.read(before));
        o.set("after", CanonicalJson.read(after));
        o.put("reason", reason);
        assertThat(AuditHash.contentInput(AT, "editor", "CLAIM_EDITED", "CLAIM", -7L, before, after, reason))
                .isEqualTo(CanonicalJson.write(o));
        o.putNull("before");
        o.putNull("entityId");
        o.putNull("reason");
        assertThat(AuditHash.contentInput(AT, "editor", "CLAIM_EDITED", "CLAIM", null, null, after, null))
                .isEqualTo(CanonicalJson.write(o));
    }

    @Test
    void theChainInputIsTheCanonicalObjectOfItsFields() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("seq", 42L);
        o.put("prevHash", AuditVerifier.GENESIS);
        o.put("id", 4200L);
        o.put("format", AuditHash.FORMAT_SEALED);
        o.put("contentHash", "ab".repeat(32));
        assertThat(AuditHash.chainInput(4200, 42, AuditVerifier.GENESIS, "ab".repeat(32)))
                .isEqualTo(CanonicalJson.write(o));
    }

    @Test
    void aSealedRecordVerifiesAndAChangedFieldDoesNot() {
        AuditRecord unsealed = new AuditRecord(9, null, AuditHash.FORMAT_SEALED, AT, "editor", "CLAIM_EDITED",
                "CLAIM", 3L, null, "{\"b\": 1, \"a\": [1.50, -0]}", null, null, null);
        AuditRecord sealed = unsealed.sealedAs(1, AuditVerifier.GENESIS);
        assertThat(sealed.recomputedHash()).isEqualTo(sealed.hash());
        AuditRecord changed = new AuditRecord(9, 1L, AuditHash.FORMAT_SEALED, AT, "editor", "CLAIM_EDITED", "CLAIM",
                3L, null, "{\"a\":[1.5,0],\"b\":2}", null, AuditVerifier.GENESIS, sealed.hash());
        assertThat(changed.recomputedHash()).isNotEqualTo(sealed.hash());
        AuditRecord respaced = new AuditRecord(9, 1L, AuditHash.FORMAT_SEALED, AT, "editor", "CLAIM_EDITED", "CLAIM",
                3L, null, "{\"a\":[1.5,0],\"b\":1}", null, AuditVerifier.GENESIS, sealed.hash());
        assertThat(respaced.recomputedHash()).isEqualTo(sealed.hash());
    }
}
