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
        List<Long> dbNanos = new ArrayList<>();
        int claims = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            String text = article(new Random(i), WORDS);
            long t0 = System.nanoTime();
            var ingested = articles.ingest(editor, new ArticleInput("Bench " + i, "Bench", null, null, null, text,
                    ArticleText.Format.TEXT));
            long took = System.nanoTime() - t0;
            long db = databaseAlone(i, text, ingested.claims());
            if (i >= WARMUP) {
                nanos.add(took);
                dbNanos.add(db);
                claims += ingested.claims().size();
            }
        }
        Collections.sort(dbNanos);
        Collections.sort(nanos);
        double median = nanos.get(nanos.size() / 2) / 1e6;
        double p95 = nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6;
        double dbMedian = dbNanos.get(dbNanos.size() / 2) / 1e6;
        String report = String.format("ingest of a %d-word article (%d runs, %d quantities each on average): "
                + "median %.1f ms, p95 %.1f ms; PostgreSQL alone, the same rows from JDBC in one transaction:"
                + " median %.1f ms; app/database %.2f%n", WORDS, RUNS, claims / RUNS, median, p95, dbMedian,
                median / dbMedian);
        System.out.print(report);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "bench"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bench", "ingest.txt"), report);
        assertThat(claims).isGreaterThan(RUNS * 100);
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    /**
     * The database's own cost of the same work: the article row, its claims and an audit row per claim,
     * sent as batched inserts in one transaction over JDBC, with nothing computed in between.
     */
    private long databaseAlone(int run, String text, List<org.claimdesk.claim.Claim> claims) throws Exception {
        List<String> json = claims.stream().map(c -> org.claimdesk.audit.CanonicalJson.of(c.auditView())).toList();
        try (java.sql.Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long article;
            try (var s = c.prepareStatement("INSERT INTO article (title, body, content_hash, source_format)"
                    + " VALUES (?, ?, ?, 'text') RETURNING id")) {
                s.setString(1, "Baseline " + run);
                s.setString(2, text + " baseline");
                s.setString(3, String.format("%064x", new java.math.BigInteger(1, java.security.MessageDigest
                        .getInstance("SHA-256").digest((text + run + System.nanoTime()).getBytes()))));
                try (var rs = s.executeQuery()) {
                    rs.next();
                    article = rs.getLong(1);
                }
            }
            try (var s = c.prepareStatement("INSERT INTO claim (article_id, status, origin, quote, start_offset,"
                    + " end_offset, sentence, value, approx, bound, unit, type, hedges, checkworthiness)"
                    + " VALUES (?, ?, 'EXTRACTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)")) {
                for (var cl : claims) {
                    s.setLong(1, article);
                    s.setString(2, cl.status.name());
                    s.setString(3, cl.quote);
                    s.setInt(4, cl.start);
                    s.setInt(5, cl.end);
                    s.setString(6, cl.sentence);
                    s.setBigDecimal(7, cl.value);
                    s.setBoolean(8, cl.approx);
                    s.setString(9, cl.bound);
                    s.setString(10, cl.unit);
                    s.setString(11, cl.type.name());
                    s.setDouble(12, cl.checkworthiness);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (var s = c.prepareStatement("INSERT INTO audit_log (id, at, actor, action, entity_type, entity_id,"
                    + " after, format, content_hash) VALUES (nextval('audit_log_id_seq'), now(), 'bench',"
                    + " 'CLAIM_EXTRACTED', 'CLAIM', ?, ?::jsonb, 2, ?)")) {
                for (int k = 0; k < claims.size(); k++) {
                    s.setLong(1, claims.get(k).id);
                    s.setString(2, json.get(k));
                    s.setString(3, "0".repeat(64));
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            return System.nanoTime() - t0;
        }
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
