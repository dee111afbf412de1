package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code evaluate}: scores extraction against gold files by the rule of score.py. */
@Command(name = "evaluate",
        description = "Score the extracted claims of every NAME.txt against NAME.json (GUIDELINES.md, as score.py).")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold NAME.json files.")
    Path gold;

    @Option(names = "--text", paramLabel = "DIR", description = "Directory of the NAME.txt texts (default: the gold directory).")
    Path text;

    private final PrintStream out;

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        score(ClaimExtractor.DEFAULT, gold, text == null ? gold : text).print(out);
        return 0;
    }

    /** Extracts the claims of every text with gold and scores them. */
    static Evaluator score(ClaimExtractor extractor, Path goldDir, Path textDir) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException("no gold directory: " + goldDir.toAbsolutePath());
        }
        Evaluator ev = new Evaluator();
        for (Path g : Evaluator.goldFiles(goldDir)) {
            JsonNode doc = Evaluator.readJson(ExtractionCli.MAPPER, g);
            String base = g.getFileName().toString().replaceAll("\\.json$", "");
            Path t = textDir.resolve(base + ".txt");
            if (!Files.exists(t)) {
                ev.missingText(doc);
                continue;
            }
            String content = ExtractionCli.readText(t);
            List<Evaluator.Prediction> preds = new ArrayList<>();
            for (Quantity q : extractor.extractClaims(content, t.getFileName().toString())) {
                preds.add(new Evaluator.Prediction(q.start(), q.end(), q.value().doubleValue(), q.type().name()));
            }
            ev.score(doc, content, preds);
        }
        return ev;
    }
}
