package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One shared extractor used from several threads gives the same answers as used from one. */
class ThreadSafetyTest {

    @Test
    void sharedInstanceIsThreadSafe() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Mr Lane said " + (i * 137 + 5) + " homes were built.\n\nA poll put the party on " + (i % 50)
                    + "% and costs rose to £" + (i + 1) + ".5m. She said about " + i + " thousand people moved.");
        }
        List<List<Quantity>> expected = texts.stream().map(ClaimExtractor.DEFAULT::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quantity>>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> ClaimExtractor.DEFAULT.extract(t)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(expected.get(k % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(3)).isNotEmpty();
    }
}
