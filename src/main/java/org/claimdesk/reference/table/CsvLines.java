package org.claimdesk.reference.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.core.InvalidInputException;

/**
 * A CSV text as records, each with the line it starts on, read by a real CSV parser (names hold
 * commas inside quotes). A malformed file is refused naming the line, before anything is stored.
 */
final class CsvLines {

    /** One record: its fields and the 1-based line it starts on. */
    record Line(int number, String[] cells) {
        boolean blank() {
            return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final Pattern LINE = Pattern.compile("line:? ?(\\d+)");

    private CsvLines() {
    }

    static List<Line> read(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("file", "the file is empty");
        }
        String csv = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        int[] lineStarts = lineStarts(csv);
        List<Line> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            for (CSVRecord r : parser) {
                String[] cells = new String[r.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = r.get(i).strip();
                }
                out.add(new Line(lineOf(lineStarts, r.getCharacterPosition()), cells));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = LINE.matcher(message);
            String where = m.find() ? "line " + m.group(1) : "the file";
            throw InvalidInputException.of("file", where + ": not valid CSV (a quoted field is not closed"
                    + " or a quote is followed by more text)");
        }
        return out;
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, long position) {
        int i = Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
