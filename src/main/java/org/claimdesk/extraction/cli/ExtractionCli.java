package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.Quantity;
import org.claimdesk.extraction.text.TextCleaner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Command line of the extraction engine: {@code extract [--all] FILE|DIR...},
 * {@code evaluate --gold DIR [--text DIR]} and {@code bench [--mb N] [--threads 1]}.
 */
public final class ExtractionCli {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ExtractionCli() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args == null || args.length == 0) {
            usage(err);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> extract(rest, out, err);
                case "evaluate" -> evaluate(rest, out, err);
                case "bench" -> Bench.run(rest, out, err);
                default -> {
                    usage(err);
                    yield 2;
                }
            };
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void usage(PrintStream err) {
        err.println("usage: extract [--all] FILE|DIR... | evaluate --gold DIR [--text DIR] | bench [--mb N] [--threads 1]");
    }

    private static int extract(String[] args, PrintStream out, PrintStream err) throws IOException {
        boolean all = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--all")) {
                all = true;
            } else {
                files.addAll(inputs(Path.of(a)));
            }
        }
        if (files.isEmpty()) {
            usage(err);
            return 2;
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            for (Quantity q : ClaimExtractor.DEFAULT.extract(readText(f))) {
                if (all || q.claim()) {
                    out.println(json(name, q));
                }
            }
        }
        return 0;
    }

    /** The text extract() runs on: the file as is, or cleaned when it is HTML. */
    static String readText(Path f) throws IOException {
        String raw = Files.readString(f, StandardCharsets.UTF_8);
        String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") ? TextCleaner.clean(raw) : raw;
    }

    /** One JSON line: "file" first, then the Quantity fields; BigDecimals are written plain ("100000"). */
    static String json(String file, Quantity q) {
        try {
            String body = MAPPER.writeValueAsString(q);
            return "{\"file\":" + MAPPER.writeValueAsString(file) + "," + body.substring(1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + q, e);
        }
    }

    private static List<Path> inputs(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file: " + p);
            }
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(x -> x.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static int evaluate(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path gold = null;
        Path textDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--gold") && i + 1 < args.length) {
                gold = Path.of(args[++i]);
            } else if (args[i].equals("--text") && i + 1 < args.length) {
                textDir = Path.of(args[++i]);
            } else {
                usage(err);
                return 2;
            }
        }
        if (gold == null) {
            usage(err);
            return 2;
        }
        if (textDir == null) {
            textDir = gold;
        }
        Evaluator ev = new Evaluator();
        for (Path g : Evaluator.goldFiles(gold)) {
            JsonNode doc = Evaluator.readJson(MAPPER, g);
            String base = g.getFileName().toString().replaceAll("\\.json$", "");
            Path t = textDir.resolve(base + ".txt");
            if (!Files.exists(t)) {
                ev.missingText(doc);
                continue;
            }
            String text = readText(t);
            List<Evaluator.Prediction> preds = new ArrayList<>();
            for (Quantity q : ClaimExtractor.DEFAULT.extractClaims(text)) {
                preds.add(new Evaluator.Prediction(q.start(), q.end(), q.value().doubleValue(), q.type().name()));
            }
            ev.score(doc, text, preds);
        }
        ev.print(out);
        return 0;
    }
}
