package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertThat(run("extract", "--all", dir.resolve("a.txt").toString())).contains("\"reason\":\"year\"");
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
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
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
        Path scorer = Path.of(System.getProperty("claimdesk.scorer", "../shared/corpus/score.py"));
        // the scorer lives beside the repository (../shared), as on every developer machine and in CI
        assumeTrue(Files.exists(scorer), "reference scorer not available at " + scorer.toAbsolutePath());
        write(dir);
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(pred, run("extract", dir.toString()));
        Process p = new ProcessBuilder("python3", scorer.toString(), dir.toString(), dir.toString(), pred.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("python3 finishes").isTrue();
        String reference = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("score.py exit code; output: " + reference).isZero();
        String refLast = reference.lines().filter(l -> l.startsWith("F1=")).findFirst().orElseThrow();
        String ours = run("evaluate", "--gold", dir.toString()).lines().filter(l -> l.startsWith("F1=")).findFirst()
                .orElseThrow();
        assertThat(ours.replaceAll(" VALUEACC=\\S+", "")).isEqualTo(refLast);
    }
}
