package org.claimdesk.extraction.cli;

import org.claimdesk.extraction.ClaimExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evaluate} on the dev corpus as part of the build: a change that costs F1 or type accuracy
 * below the floor fails it. The corpus lives beside the repository ({@code ../shared}), as on
 * every developer machine and in CI; without it this test fails rather than passing unseen.
 */
class DevCorpusFloorTest {

    static final double F1_FLOOR = 0.98;
    static final double TYPE_ACCURACY_FLOOR = 0.98;

    static Path devCorpus() {
        Optional<Path> dev = SharedCorpus.find("dev").filter(Files::isDirectory);
        assertThat(dev).as("the dev corpus (../shared/corpus/dev, or -Dclaimdesk.corpus=DIR) from "
                + Path.of("").toAbsolutePath()).isPresent();
        return dev.orElseThrow();
    }

    @Test
    void devCorpusStaysAboveTheFloor() throws Exception {
        Path dev = devCorpus();
        ClaimExtractor extractor = new ClaimExtractor();
        Evaluator ev = EvaluateCommand.score(extractor, dev, dev);
        assertThat(ev.recall()).as("some gold claims were found at all").isPositive();
        assertThat(ev.f1()).as("dev corpus F1").isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(ev.typeAccuracy()).as("dev corpus type accuracy").isGreaterThanOrEqualTo(TYPE_ACCURACY_FLOOR);
        assertThat(extractor.failures()).as("documents the engine failed on").isZero();
    }
}
