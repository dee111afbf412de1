package org.claimdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.claimdesk.article.ArticleInput;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleText;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a timed test: ingests 5,000-word articles (store, extract, store claims, audit)
 * on the real database and prints the median and 95th percentile. It asserts only that the work
 * was done; the figures go to the log and target/bench/ingest.txt. Run alone with
 * {@code ./mvnw test -Dtest=IngestBenchmark}.
 */
@QuarkusTest
class IngestBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 25;
    private static final int WORDS = 5_000;

    @Inject
    org.claimdesk.user.UserService users;

    @Inject
    ArticleService articles;

    @Test
    void ingestOfA5000WordArticle() throws Exception {
        org.claimdesk.core.Actor editor = users.actorOf("editor").orElseThrow();
        List<Long> nanos = new ArrayList<>();
        int claims = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            String text = article(new Random(i), WORDS);
            long t0 = System.nanoTime();
            var ingested = articles.ingest(editor, new ArticleInput("Bench " + i, "Bench", null, null, null, text,
                    ArticleText.Format.TEXT));
            long took = System.nanoTime() - t0;
            if (i >= WARMUP) {
                nanos.add(took);
                claims += ingested.claims().size();
            }
        }
        Collections.sort(nanos);
        double median = nanos.get(nanos.size() / 2) / 1e6;
        double p95 = nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6;
        String report = String.format("ingest of a %d-word article (%d runs, %d quantities each on average): "
                + "median %.1f ms, p95 %.1f ms%n", WORDS, RUNS, claims / RUNS, median, p95);
        System.out.print(report);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "bench"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bench", "ingest.txt"), report);
        assertThat(claims).isGreaterThan(RUNS * 100);
    }

    /** A synthetic article of our own sentence templates with varied figures. */
    static String article(Random r, int words) {
        String[] templates = {
            "The council said it would spend £%dm on new housing over %d years.",
            "A survey of %d voters put the party on %d%%, %d points ahead of its rival.",
            "Officials said %d people were returned to their home countries last year.",
            "The minister told MPs that around %d new teachers had been hired since %d.",
            "Critics said waiting lists had grown by a third, to more than %d patients.",
            "The party won %d seats and a majority of %d in the election.",
            "Nearly %d migrants crossed the Channel in small boats, the Home Office said.",
            "Turnout was %d%%, down from %d%% at the previous contest.",
            "He said the scheme would cost between £%d and £%d per household.",
            "Local papers reported that the project had created %d jobs in the region.",
        };
        String[] prose = {
            "The debate in the chamber was bad-tempered and ran late into the evening.",
            "Opposition members accused the government of ducking the hard questions.",
            "Campaigners gathered outside with banners and a petition for the minister.",
            "A spokesperson declined to comment further on the details of the plan.",
            "Supporters argue the reforms are overdue, while critics warn of unintended effects.",
        };
        StringBuilder b = new StringBuilder("Synthetic benchmark article ").append(r.nextInt(1_000_000)).append("\n\n");
        int count = 0;
        while (count < words) {
            // about one sentence in three carries figures, as in news prose
            String sentence = r.nextInt(3) == 0
                    ? String.format(templates[r.nextInt(templates.length)], 10 + r.nextInt(5000), 2 + r.nextInt(40),
                            1 + r.nextInt(30))
                    : prose[r.nextInt(prose.length)];
            b.append(sentence).append(r.nextInt(4) == 0 ? "\n\n" : " ");
            count += sentence.split(" ").length;
        }
        return b.toString();
    }
}
