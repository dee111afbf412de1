package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI on a tiny gold folder written by the test; evaluate must agree with the reference scorer. */
class ExtractionCliTest {

    private static final String TEXT_A = "Council cuts 12 bus routes\n\n"
            + "The county will cut 12 bus routes and save £3.5m, Mr Reed said. "
            + "Around 400 drivers could lose work. Fares rose by 5% in 2019.";
    private static final String GOLD_A = """
            {"article": "a.txt", "claims": [
              {"quote": "12 bus routes", "occurrence": 1, "value": 12, "type": "COUNT"},
              {"quote": "12 bus routes", "occurrence": 2, "value": 12, "type": "COUNT"},
              {"quote": "£3.5m", "occurrence": 1, "value": 3500000, "type": "MONEY"},
              {"quote": "Around 400 drivers", "occurrence": 1, "value": 400, "type": "RETURNS_FIGURE"},
              {"quote": "5%", "occurrence": 1, "value": 6, "type": "PERCENTAGE"},
              {"quote": "never in the text", "occurrence": 1, "value": 1, "type": "OTHER"}
            ]}""";
    private static final String TEXT_B = "A poll put the party on 31%. Nothing else here.";
    private static final String GOLD_B = """
            {"article": "b.txt", "claims": [{"quote": "31%", "occurrence": 1, "value": 31, "type": "POLL_SHARE"}]}""";

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ExtractionCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), TEXT_A);
        Files.writeString(dir.resolve("a.json"), GOLD_A);
        Files.writeString(dir.resolve("b.txt"), TEXT_B);
        Files.writeString(dir.resolve("b.json"), GOLD_B);
        Files.writeString(dir.resolve("c.txt"), "A file without gold: 77 apples.");
    }

    @Test
    void extractPrintsJsonLinesWithFileAndOffsets(@TempDir Path dir) throws IOException {
        write(dir);
        String out = run("extract", dir.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            lines.add(ExtractionCli.MAPPER.readTree(l));
        }
        assertThat(lines).extracting(n -> n.get("file").asText()).contains("a.txt", "b.txt", "c.txt");
        for (JsonNode n : lines) {
            String text = Files.readString(dir.resolve(n.get("file").asText()));
            assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("quote").asText());
            assertThat(n.get("claim").asBoolean()).isTrue();
        }
        assertThat(run("extract", "--all", dir.resolve("a.txt").toString())).contains("\"reason\":\"YEAR\"");
    }

    @Test
    void htmlFilesAreCleanedFirst(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<html><body><nav>Top 10 stories</nav><h1>Rates rise</h1>"
                + "<p>The bank raised rates to 5.25%.</p><footer>© 2025</footer></body></html>");
        String out = run("extract", html.toString());
        JsonNode n = ExtractionCli.MAPPER.readTree(out.strip());
        String cleaned = ExtractionCli.readText(html);
        assertThat(cleaned).isEqualTo("Rates rise\n\nThe bank raised rates to 5.25%.");
        assertThat(n.get("file").asText()).isEqualTo("page.html");
        assertThat(n.get("value").decimalValue()).isEqualByComparingTo("5.25");
        assertThat(cleaned.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo("5.25%");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractionCli.run(new String[] {"frobnicate"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).containsIgnoringCase("usage");
    }

    @Test
    void evaluateFollowsTheScoringRule(@TempDir Path dir) throws IOException {
        write(dir);
        String report = run("evaluate", "--gold", dir.toString());
        // 7 gold; matched: two "12 bus routes", £3.5m, 400 drivers (wrong type), 31% -> 5 tp.
        // "5%" has the wrong gold value and "never in the text" cannot match -> 2 fn.
        // Predictions on a.txt and b.txt: 12, 12, £3.5m, 400, 5%, 31% -> 1 fp (5%); c.txt has no gold.
        String last = report.lines().filter(l -> l.startsWith("F1=")).findFirst().orElseThrow();
        assertThat(last).startsWith("F1=0.769 P=0.833 R=0.714 TYPEACC=0.800").contains("tp=5 fp=1 fn=2");
    }

    @Test
    void evaluateAgreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
        write(dir);
        assertAgrees(dir, dir.resolve("pred.jsonl"));
    }

    @Test
    void evaluateAgreesWithTheReferenceScorerOnTheDevCorpus(@TempDir Path dir) throws Exception {
        assertAgrees(DevCorpusFloorTest.devCorpus(), dir.resolve("pred.jsonl"));
    }

    /** score.py on extract's output and evaluate give the same last line. */
    private static void assertAgrees(Path gold, Path pred) throws Exception {
        // the scorer lives beside the repository (../shared), as on every developer machine and in CI
        Path scorer = SharedCorpus.find("score.py").orElseThrow(() -> new AssertionError(
                "the reference scorer (../shared/corpus/score.py, or -Dclaimdesk.corpus=DIR) from "
                        + Path.of("").toAbsolutePath()));
        Files.writeString(pred, run("extract", gold.toString()));
        Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), gold.toString(), pred.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("python3 finishes").isTrue();
        String reference = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("score.py exit code; output: " + reference).isZero();
        String refLast = reference.lines().filter(l -> l.startsWith("F1=")).findFirst().orElseThrow();
        String ours = run("evaluate", "--gold", gold.toString()).lines().filter(l -> l.startsWith("F1=")).findFirst()
                .orElseThrow();
        assertThat(ours.replaceAll(" VALUEACC=\\S+", "")).isEqualTo(refLast);
    }

    @Test
    void aLineIsTheQuantityAsJacksonWritesItForTheApi(@TempDir Path dir) throws IOException {
        String text = "Unemployment rose from 4.2% to 4.8%, Ms Reed said. About 300 jobs went, up to £2.5m was lost.";
        Path f = dir.resolve("c.txt");
        Files.writeString(f, text);
        List<String> lines = run("extract", "--all", f.toString()).lines().toList();
        List<Quantity> quantities = ClaimExtractor.DEFAULT.extract(text);
        assertThat(lines).hasSameSizeAs(quantities);
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode expected = ExtractionCli.MAPPER.createObjectNode().put("file", "c.txt");
            expected.setAll((ObjectNode) ExtractionCli.MAPPER.valueToTree(quantities.get(i)));
            JsonNode written = ExtractionCli.MAPPER.readTree(ExtractionCli.MAPPER.writeValueAsString(expected));
            assertThat(ExtractionCli.MAPPER.readTree(lines.get(i))).isEqualTo(written);
        }
        JsonNode first = ExtractionCli.MAPPER.readTree(lines.get(0));
        assertThat(first.get("change").get("direction").asText()).isEqualTo("UP");
        assertThat(first.get("change").get("to").decimalValue()).isEqualByComparingTo("4.8");
    }

    @Test
    void quantitiesLeaveOutYearsAndNamesAndKeepFaceValues(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("q.txt");
        Files.writeString(f, "In 2019, Channel 4 said bread rose 12p, and the victim, aged 43, bought 10-20 loaves.");
        List<JsonNode> lines = new ArrayList<>();
        for (String l : run("extract", "--quantities", f.toString()).lines().toList()) {
            lines.add(ExtractionCli.MAPPER.readTree(l));
        }
        assertThat(lines).extracting(n -> n.get("quote").asText()).containsExactly("12p", "43", "10-20 loaves");
        assertThat(lines.get(0).get("value").decimalValue()).isEqualByComparingTo("12");
        assertThat(lines.get(2).get("high").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    void manyFilesComeOutInOrderWhateverTheThreads(@TempDir Path dir) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(3);
        for (int i = 0; i < 60; i++) {
            Files.writeString(dir.resolve(String.format("f%03d.txt", i)), corpus.article(1500));
        }
        String one = run("extract", "--threads", "1", dir.toString());
        assertThat(run("extract", "--threads", "4", dir.toString())).isEqualTo(one);
        assertThat(one.lines().map(l -> l.substring(0, l.indexOf(',')))).isSorted().hasSizeGreaterThan(60);
    }

    @Test
    void allAndQuantitiesExcludeEachOther(@TempDir Path dir) throws IOException {
        write(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractionCli.run(new String[] {"extract", "--all", "--quantities", dir.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exclude each other");
        assertThat(ExtractionCli.run(new String[] {"extract", dir.resolve("missing.txt").toString()}, System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
    }
}
