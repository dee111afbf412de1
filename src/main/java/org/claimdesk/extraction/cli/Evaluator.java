package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores predictions against gold files exactly as the reference score.py does: a prediction
 * matches a gold claim when its span overlaps the gold quote at the stated occurrence and its value
 * is within 0.5% relative; gold claims are taken in file order and each takes the first unmatched
 * matching prediction. Type accuracy is over matched pairs.
 *
 * <p>Value accuracy (not in score.py) = matched gold claims / gold claims that at least one
 * predicted claim overlaps in span; it separates "found the number but misread it" from
 * "missed it".
 */
public final class Evaluator {

    /** One prediction as the scorer sees it. */
    public record Prediction(int start, int end, double value, String type) {
    }

    /** Counters for one type or overall. */
    public static final class Tally {
        int gold;
        int matched;
        int predicted;
        int predictedMatched;
        int typeOk;
        int overlapped;
    }

    private final Map<String, Tally> perType = new TreeMap<>();
    private final Tally all = new Tally();

    /** Scores one article: gold JSON node (with "claims") against its text and predictions. */
    public void score(JsonNode goldDoc, String text, List<Prediction> preds) {
        List<JsonNode> gold = new ArrayList<>();
        goldDoc.path("claims").forEach(gold::add);
        boolean[] used = new boolean[preds.size()];
        for (JsonNode c : gold) {
            String type = c.path("type").asText();
            Tally t = perType.computeIfAbsent(type, k -> new Tally());
            t.gold++;
            all.gold++;
            String quote = c.path("quote").asText();
            int s = findNth(text, quote, c.path("occurrence").asInt(1));
            if (s < 0) {
                continue;
            }
            int e = s + quote.length();
            double gv = c.path("value").asDouble();
            int best = -1;
            boolean overlap = false;
            for (int i = 0; i < preds.size(); i++) {
                Prediction p = preds.get(i);
                if (p.start() < e && s < p.end()) {
                    overlap = true;
                    if (!used[i] && close(p.value(), gv)) {
                        best = i;
                        break;
                    }
                }
            }
            if (overlap) {
                all.overlapped++;
                t.overlapped++;
            }
            if (best >= 0) {
                used[best] = true;
                t.matched++;
                all.matched++;
                if (type.equalsIgnoreCase(preds.get(best).type())) {
                    t.typeOk++;
                    all.typeOk++;
                }
                Tally pt = perType.computeIfAbsent(preds.get(best).type().toUpperCase(), k -> new Tally());
                pt.predictedMatched++;
            }
        }
        for (Prediction p : preds) {
            all.predicted++;
            perType.computeIfAbsent(p.type().toUpperCase(), k -> new Tally()).predicted++;
        }
        all.predictedMatched = all.matched;
    }

    /** Gold claims of a file whose text is missing all count as misses. */
    public void missingText(JsonNode goldDoc) {
        goldDoc.path("claims").forEach(c -> {
            perType.computeIfAbsent(c.path("type").asText(), k -> new Tally()).gold++;
            all.gold++;
        });
    }

    static int findNth(String text, String quote, int n) {
        int i = -1;
        for (int k = 0; k < Math.max(1, n); k++) {
            i = text.indexOf(quote, i + 1);
            if (i < 0) {
                return -1;
            }
        }
        return i;
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
    }

    public double precision() {
        return all.predicted == 0 ? 0 : (double) all.matched / all.predicted;
    }

    public double recall() {
        return all.gold == 0 ? 0 : (double) all.matched / all.gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double typeAccuracy() {
        return all.matched == 0 ? 0 : (double) all.typeOk / all.matched;
    }

    public double valueAccuracy() {
        return all.overlapped == 0 ? 0 : (double) all.matched / all.overlapped;
    }

    public void print(PrintStream out) {
        out.printf("%-17s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "found", "pred", "recall", "prec", "typeok");
        for (Map.Entry<String, Tally> e : perType.entrySet()) {
            Tally t = e.getValue();
            out.printf("%-17s %5d %5d %5d %6.3f %6.3f %6.3f%n", e.getKey(), t.gold, t.matched, t.predicted,
                    t.gold == 0 ? 0 : (double) t.matched / t.gold,
                    t.predicted == 0 ? 0 : (double) t.predictedMatched / t.predicted,
                    t.matched == 0 ? 0 : (double) t.typeOk / t.matched);
        }
        out.println("(prec by predicted type; VALUEACC = matched / gold claims that some predicted claim overlaps)");
        out.printf("F1=%.3f P=%.3f R=%.3f TYPEACC=%.3f VALUEACC=%.3f tp=%d fp=%d fn=%d%n", f1(), precision(), recall(),
                typeAccuracy(), valueAccuracy(), all.matched, all.predicted - all.matched, all.gold - all.matched);
    }

    /** Gold files NAME.json of a directory, sorted. */
    static List<Path> goldFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonNode readJson(ObjectMapper mapper, Path p) throws IOException {
        return mapper.readTree(Files.readString(p, StandardCharsets.UTF_8));
    }
}
