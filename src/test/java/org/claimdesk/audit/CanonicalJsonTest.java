package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The canonical form of new entries: exact, idempotent, never a number a reader refuses. */
class CanonicalJsonTest {

    /** One character from each Unicode plane that has any (0, 1, 2, 3, 14, 15, 16) and the awkward ones of plane 0. */
    static final String EVERY_PLANE = new StringBuilder()
            .append("\u0001\u001f\u007f\u0085\u00e9\u2028\u2029\ufeff\ufffd\uffff\"\\/\b\f\n\r\t")
            .appendCodePoint(0x1F600).appendCodePoint(0x20000).appendCodePoint(0x30000)
            .appendCodePoint(0xE0001).appendCodePoint(0xF0000).appendCodePoint(0x10FFFF).toString();

    /** Values any JSON text can hold, beyond what the API takes. */
    static Map<String, Object> hostileValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("huge", new BigDecimal("1e1001"));
        v.put("tiny", new BigDecimal("1e-1001"));
        v.put("beyondNumeric", new BigDecimal("-1.5e-20000"));
        v.put("negativeZero", -0.0);
        v.put("negativeZeroDecimal", new BigDecimal("-0.000"));
        v.put("hugeInteger", new BigInteger("7".repeat(5000)));
        v.put("longMax", Long.MAX_VALUE);
        v.put("longMin", Long.MIN_VALUE);
        v.put("doubleMax", Double.MAX_VALUE);
        v.put("doubleMin", Double.MIN_VALUE);
        v.put("nan", Double.NaN);
        v.put("minusInfinity", Double.NEGATIVE_INFINITY);
        v.put("apiMax", new BigDecimal("999999999999999.999999"));
        v.put("apiMin", new BigDecimal("-999999999999999.999999"));
        v.put("apiSmallest", new BigDecimal("0.000001"));
        v.put("trailingZeros", new BigDecimal("12.500"));
        v.put("planes", EVERY_PLANE);
        v.put("\uD83D\uDE00 key", "surrogate pair \uD83D\uDE00 in a key");
        v.put("", "an empty key");
        v.put("nested", List.of(Map.of("a", List.of(1, "x", true)), List.of()));
        return v;
    }

    @Test
    void theStoredTextIsItsOwnCanonicalForm() {
        String canonical = CanonicalJson.of(hostileValues());
        assertThat(CanonicalJson.ofJson(canonical)).isEqualTo(canonical);
        // as jsonb would give it back: keys reordered, spaces added
        String respaced = canonical.replace(",\"", ", \"").replace(":", ": ");
        assertThat(CanonicalJson.ofJson(respaced)).isEqualTo(canonical);
    }

    @Test
    void numbersAreExactAndNeverLongerThanTheLimit() {
        String c = CanonicalJson.of(hostileValues());
        assertThat(c).contains("\"huge\":\"1E+1001\"", "\"tiny\":\"1E-1001\"", "\"beyondNumeric\":\"-1.5E-20000\"",
                "\"negativeZero\":0,", "\"negativeZeroDecimal\":0,", "\"apiMax\":999999999999999.999999,",
                "\"apiMin\":-999999999999999.999999,", "\"apiSmallest\":0.000001,", "\"trailingZeros\":12.5,",
                "\"longMin\":-9223372036854775808,", "\"nan\":\"NaN\"", "\"minusInfinity\":\"-Infinity\"",
                "\"hugeInteger\":\"" + "7".repeat(5000) + "\"");
        assertThat(c).doesNotContainPattern("[0-9]{" + (CanonicalJson.MAX_NUMBER_CHARS + 1) + "}[,}\\]]");
        assertThat(CanonicalJson.of(new BigDecimal("1e99"))).isEqualTo("1" + "0".repeat(99));
        assertThat(CanonicalJson.of(new BigDecimal("1e100"))).isEqualTo("\"1E+100\"");
        assertThat(CanonicalJson.of(1000.0)).isEqualTo(CanonicalJson.ofJson("1e3")).isEqualTo("1000");
    }

    @Test
    void plainLengthIsWhatToPlainStringWouldGive() {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            BigDecimal v = new BigDecimal(new BigInteger(1 + r.nextInt(60), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1)),
                    r.nextInt(160) - 80).stripTrailingZeros();
            if (v.signum() == 0) {
                v = BigDecimal.ZERO;
            }
            assertThat(CanonicalJson.plainLength(v)).as(v.toString()).isEqualTo(v.toPlainString().length());
        }
    }

    @Test
    void stringsEscapeOnlyWhatJsonRequires() {
        assertThat(CanonicalJson.of("a\"b\\c\n\u0001\u2028\uD83D\uDE00/"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\u0001\u2028\uD83D\uDE00/\"");
        assertThat(CanonicalJson.of(Map.of("b", 1, "a", 2, "\uD83D\uDE00", 3, "\uFFFF", 4)))
                .isEqualTo("{\"a\":2,\"b\":1,\"\uD83D\uDE00\":3,\"\uFFFF\":4}"); // UTF-16 order, as RFC 8785
    }

    @Test
    void nulAndHalfSurrogatesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> CanonicalJson.of(Map.of("title", "a\u0000b")))
                .isInstanceOfSatisfying(CanonicalJson.Unencodable.class, e -> assertThat(e.field()).isEqualTo("title"))
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> CanonicalJson.of(Map.of("list", List.of("ok", "\uD800 alone"))))
                .isInstanceOfSatisfying(CanonicalJson.Unencodable.class, e -> assertThat(e.field()).isEqualTo("list"))
                .hasMessageContaining("surrogate");
        assertThatThrownBy(() -> CanonicalJson.of(Map.of("k\uDC00", 1))).isInstanceOf(CanonicalJson.Unencodable.class);
        assertThatThrownBy(() -> CanonicalJson.quote("reason", "\u0000")).isInstanceOf(CanonicalJson.Unencodable.class);
    }

    @Test
    void nullAndJsonNullStoreNothing() {
        assertThat(CanonicalJson.of(null)).isNull();
        assertThat(CanonicalJson.of(com.fasterxml.jackson.databind.node.NullNode.instance)).isNull();
        assertThat(CanonicalJson.ofJson(null)).isNull();
    }

    @Test
    void legacyEntriesWithThousandDigitNumbersReadBack() {
        // what the old code stored for 1e1001 and 1e-1001: more digits than Jackson reads by default
        String stored = LegacyCanonicalJson.of(Map.of("referenceValue", new BigDecimal("1e1001"),
                "low", new BigDecimal("1e-1001")));
        assertThat(stored).hasSizeGreaterThan(2000);
        assertThat(LegacyCanonicalJson.ofJson(stored)).isEqualTo(stored);
    }
}
