package org.claimdesk.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rule tables under {@code resources/org/claimdesk/extraction/}: rows of cells separated
 * by {@code |}, {@code #} comments, and indented {@code e.g.} lines that give the row above an
 * example sentence its test runs. A malformed row stops the table from loading with its file and
 * line, so that a broken rule fails at start-up rather than extracting nonsense quietly.
 */
final class Table {

    /** An example of a row: the sentence, the quote of the quantity it must yield, and what is expected of it. */
    record Example(String sentence, String quote, String expected) {
    }

    /** One row: its cells (trimmed) and examples, with where it was written. */
    record Row(String source, int line, List<String> cells, List<Example> examples) {

        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(source + ":" + line + ": " + message);
        }
    }

    private Table() {
    }

    /** Loads a table resource; every row must have between {@code minCells} and {@code maxCells} cells. */
    static List<Row> read(String name, int minCells, int maxCells) {
        String path = "/org/claimdesk/extraction/" + name;
        try (InputStream in = Table.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule table missing from the class path: " + path);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l);
                }
            }
            return parse(name, lines, minCells, maxCells);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + path, e);
        }
    }

    static List<Row> parse(String source, List<String> lines, int minCells, int maxCells) {
        List<Row> rows = new ArrayList<>();
        List<Example> examples = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("e.g.")) {
                if (examples == null || !Character.isWhitespace(raw.charAt(0))) {
                    throw new IllegalStateException(source + ":" + number + ": an example must be indented under its row");
                }
                examples.add(example(source, number, line.substring(4).strip()));
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.split("\\|", -1)) {
                cells.add(c.strip());
            }
            if (cells.size() < minCells || cells.size() > maxCells) {
                throw new IllegalStateException(source + ":" + number + ": expected " + minCells
                        + (maxCells == minCells ? "" : " to " + maxCells) + " cells separated by |, found " + cells.size());
            }
            if (cells.get(0).isEmpty()) {
                throw new IllegalStateException(source + ":" + number + ": the first cell is empty");
            }
            examples = new ArrayList<>();
            rows.add(new Row(source, number, List.copyOf(cells), examples));
        }
        List<Row> frozen = new ArrayList<>(rows.size());
        for (Row r : rows) {
            frozen.add(new Row(r.source(), r.line(), r.cells(), List.copyOf(r.examples())));
        }
        return List.copyOf(frozen);
    }

    /** {@code SENTENCE => QUOTE = EXPECTED}; "\n" in the sentence is a line break. */
    private static Example example(String source, int line, String text) {
        int arrow = text.lastIndexOf(" => ");
        int eq = arrow < 0 ? -1 : text.indexOf(" = ", arrow + 4);
        if (arrow < 0 || eq < 0) {
            throw new IllegalStateException(source + ":" + line + ": an example reads 'e.g. SENTENCE => QUOTE = EXPECTED'");
        }
        String sentence = text.substring(0, arrow).replace("\\n", "\n");
        String quote = text.substring(arrow + 4, eq).strip();
        if (!sentence.contains(quote)) {
            throw new IllegalStateException(source + ":" + line + ": the quote '" + quote + "' is not in the sentence");
        }
        return new Example(sentence, quote, text.substring(eq + 3).strip());
    }
}
