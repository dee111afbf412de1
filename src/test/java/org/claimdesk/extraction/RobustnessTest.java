package org.claimdesk.extraction;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * extract() never throws and always returns, whatever it is fed, and the engine does not fail
 * inside either (a failure would be caught, logged and counted: the count must stay 0). The
 * timeouts only guard against hangs.
 */
class RobustnessTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static List<Quantity> safely(String text) {
        List<Quantity> out = assertTimeoutPreemptively(HANG_GUARD, () -> EXTRACTOR.extract(text));
        assertThat(EXTRACTOR.failures()).as("engine failures").isZero();
        return out;
    }

    @Test
    void nullAndEmptyGiveNothing() {
        assertThat(EXTRACTOR.extract(null)).isEmpty();
        assertThat(EXTRACTOR.extract("")).isEmpty();
    }

    @Test
    void megabyteOfDigits() {
        assertThat(safely("7".repeat(1 << 20))).isEmpty();
        assertThat(safely("1,2".repeat(1 << 18))).isNotNull();
        assertThat(safely("1-2-".repeat(1 << 18))).isNotNull();
    }

    @Test
    void hugeNumbersDoNotOverflow() {
        List<Quantity> q = safely("It cost £" + "9".repeat(35) + " billion and 1e999999 widgets and 10^999 more.");
        assertThat(q).isNotNull();
        assertThat(q).allSatisfy(x -> assertThat(x.value()).isNotNull());
    }

    @Test
    void unbalancedQuotesAndSurrogates() {
        assertThat(safely("\"He said 5,000 people \u201c came \ud800 and \udc00 left 20% \" \"\"")).isNotNull();
        assertThat(safely("\ud83d\ude00 400 people \uDBFF")).extracting(Quantity::value).isNotEmpty();
    }

    @Test
    void controlCharacters() {
        StringBuilder sb = new StringBuilder();
        for (char c = 0; c < 32; c++) {
            sb.append(c).append("12 men").append(c);
        }
        assertThat(safely(sb.toString())).isNotEmpty();
    }

    @Test
    void pathologicalRepetitions() {
        assertThat(safely("one ".repeat(200_000))).isNotNull();
        assertThat(safely("Reuters\n".repeat(100_000))).isEmpty();
        assertThat(safely("from 1 to ".repeat(50_000))).isNotNull();
        assertThat(safely("in 2019 ".repeat(100_000))).isNotNull();
        assertThat(safely("a a a few ".repeat(100_000))).isNotNull();
    }

    @Property(tries = 300)
    void randomTextNeverThrows(@ForAll @StringLength(max = 400) @CharRange(from = '\u0000', to = '\u00ff') String s) {
        List<Quantity> out = EXTRACTOR.extract(s);
        assertThat(EXTRACTOR.failures()).as("engine failures").isZero();
        for (Quantity q : out) {
            assertThat(s.substring(q.start(), q.end())).isEqualTo(q.quote());
        }
    }

    @Property(tries = 300)
    void randomNewsLikeTokensNeverThrow(@ForAll("newsy") String s) {
        List<Quantity> out = EXTRACTOR.extract(s);
        assertThat(EXTRACTOR.failures()).as("engine failures on <" + s + ">").isZero();
        for (Quantity q : out) {
            assertThat(q.start()).isBetween(0, s.length());
            assertThat(s.substring(q.start(), q.end())).isEqualTo(q.quote());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> newsy() {
        return net.jqwik.api.Arbitraries.of("£", "5", "1,000", "million", "bn", "-", "to", "from", "between", "and",
                        "a", "third", "of", "one", "in", "four", "%", "per", "cent", "up", "more", "than", "\"", "?", ".",
                        "\n", "Mr", "said", "years", "ago", "half", "dozens", "twenty", "-", "point", "2019", "times",
                        "-4", "\u22125", "\u00d710^", "e9", "1e", "RM", "US$", "\u00a5", "\u20a6", "\u20b1", "mph", "kW",
                        "bps", "3x", "minus", "down", "by", "rose", "fell", "poll", "seats", "majority", "of", "those")
                .list().ofMaxSize(60).map(l -> String.join(" ", l));
    }
}
