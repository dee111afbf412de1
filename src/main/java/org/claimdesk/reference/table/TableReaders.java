package org.claimdesk.reference.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.TooLargeException;

/**
 * Reads the CSV shapes of {@link TableFormat} into checked {@link ParsedTable}s. Every refusal
 * names the line and column (and the column's header) so that the file can be fixed; nothing is
 * stored from a file that does not read completely.
 */
public final class TableReaders {

    public static final int MAX_ROWS = 500_000;
    public static final int MAX_COLUMNS = 200;

    /** Columns a Commons Library results table must have. */
    static final List<String> HOC_REQUIRED = List.of("Constituency name", "First party", "Second party",
            "Electorate", "Valid votes", "Majority");
    /** In a results table, everything from this column on counts votes or electors. */
    static final String HOC_FIRST_NUMBER = "Electorate";

    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)(19[4-9]\\d|20\\d\\d)(?!\\d)");
    private static final Pattern DECLARED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /**
     * Which columns of a long table are what. Null entries are found by name (Year, Quarter,
     * Date) or, for the value, taken to be the last column.
     */
    public record Mapping(String value, String year, String quarter, String date) {
        public static final Mapping DEFAULT = new Mapping(null, null, null, null);
    }

    private TableReaders() {
    }

    public static ParsedTable read(TableFormat format, String csv, String nameHint, LocalDate electionDate,
            Mapping mapping) {
        return switch (format) {
            case HOC_RESULTS -> hocResults(csv, nameHint, electionDate);
            case HOME_OFFICE -> homeOffice(csv);
            case LONG -> longTable(csv, mapping == null ? Mapping.DEFAULT : mapping);
        };
    }

    // --- House of Commons Library results by constituency -------------------------------------

    /**
     * Title rows may come before the header (the 2024 briefing has two); numbers may carry
     * thousands separators. Polling day comes from {@code electionDate}, else the title, the
     * declaration times, or a year in the dataset's name.
     */
    public static ParsedTable hocResults(String csv, String nameHint, LocalDate electionDate) {
        List<CsvLines.Line> lines = CsvLines.read(csv);
        int headerAt = -1;
        for (int i = 0; i < Math.min(lines.size(), 20); i++) {
            if (indexOf(lines.get(i).cells(), "Constituency name") >= 0) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw InvalidInputException.of("file", "line 1: no header row naming 'Constituency name' in the first 20"
                    + " lines; is this a Commons Library results-by-constituency table?");
        }
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < headerAt; i++) {
            String first = lines.get(i).cells().length == 0 ? "" : lines.get(i).cells()[0];
            if (!first.isBlank() && title.isEmpty()) {
                title.append(first);
            }
        }
        CsvLines.Line header = lines.get(headerAt);
        Header h = header(header, lines.subList(headerAt + 1, lines.size()));
        for (String required : HOC_REQUIRED) {
            if (h.find(required) < 0) {
                throw InvalidInputException.of("file", "line " + header.number() + ": the header has no column '"
                        + required + "'");
            }
        }
        int firstNumber = h.find(HOC_FIRST_NUMBER);
        List<Column> columns = new ArrayList<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (int c = 0; c < h.names.size(); c++) {
            boolean number = c >= firstNumber;
            columns.add(new Column(h.names.get(c), number ? ColumnKind.NUMBER : ColumnKind.TEXT));
            if (number) {
                units.put(h.names.get(c), h.names.get(c).equals(HOC_FIRST_NUMBER) ? "electors" : "votes");
            }
        }
        Rows rows = rows(header, lines.subList(headerAt + 1, lines.size()), h, columns);
        if (rows.cells.isEmpty()) {
            throw InvalidInputException.of("file", "line " + header.number() + ": the header has no rows under it");
        }
        Set<String> names = new HashSet<>();
        int nameCol = h.find("Constituency name");
        for (int r = 0; r < rows.cells.size(); r++) {
            String name = rows.cells.get(r)[nameCol];
            if (name.isBlank()) {
                throw cell(rows.lines.get(r), nameCol, "Constituency name", "is empty");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw cell(rows.lines.get(r), nameCol, "Constituency name", "'" + name + "' appears twice");
            }
        }
        LocalDate polling = electionDate != null ? electionDate
                : pollingDay(title.toString(), h, rows, nameHint).orElseThrow(() -> InvalidInputException.of(
                        "election", "say which general election this table holds (election=2024-07-04): neither"
                                + " a title row, declaration times nor the dataset name give its year"));
        TableMeta meta = new TableMeta(title.isEmpty() ? null : title.toString(), "constituencies", "constituency",
                polling, h.names.get(h.find("Valid votes")), units);
        return new ParsedTable(columns, rows.cells, rows.lines, meta);
    }

    private static Optional<LocalDate> pollingDay(String title, Header h, Rows rows, String nameHint) {
        Matcher m = YEAR_IN_TEXT.matcher(title);
        if (m.find()) {
            Optional<LocalDate> d = UkElections.inYear(Integer.parseInt(m.group(1)));
            if (d.isPresent()) {
                return d;
            }
        }
        int declared = h.find("Declaration time");
        if (declared >= 0) {
            for (String[] row : rows.cells) {
                Matcher d = DECLARED.matcher(row[declared]);
                if (d.find()) {
                    try {
                        LocalDate day = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                                Integer.parseInt(d.group(1)));
                        Optional<LocalDate> polling = UkElections.declaredOn(day);
                        if (polling.isPresent()) {
                            return polling;
                        }
                    } catch (java.time.DateTimeException e) {
                        // not a day: try the next row
                    }
                }
            }
        }
        if (nameHint != null) {
            Matcher n = YEAR_IN_TEXT.matcher(nameHint);
            while (n.find()) {
                Optional<LocalDate> d = UkElections.inYear(Integer.parseInt(n.group(1)));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    // --- Home Office long tables ----------------------------------------------------------------

    /** Period columns Date, Year, Quarter (Year at least), then dimensions; the last column is the value. */
    public static ParsedTable homeOffice(String csv) {
        List<CsvLines.Line> lines = CsvLines.read(csv);
        CsvLines.Line header = lines.get(0);
        Header h = header(header, lines.subList(1, lines.size()));
        if (h.find("Year") < 0) {
            throw InvalidInputException.of("file", "line " + header.number() + ": a Home Office table has a 'Year'"
                    + " column (with Date and Quarter for quarterly tables)");
        }
        int value = h.names.size() - 1;
        return longRows(header, lines.subList(1, lines.size()), h, value, h.find("Year"), h.find("Quarter"),
                h.find("Date"));
    }

    // --- any long table ---------------------------------------------------------------------------

    public static ParsedTable longTable(String csv, Mapping mapping) {
        List<CsvLines.Line> lines = CsvLines.read(csv);
        CsvLines.Line header = lines.get(0);
        Header h = header(header, lines.subList(1, lines.size()));
        int value = mapping.value() == null ? h.names.size() - 1 : h.require(mapping.value(), "value", header);
        int year = mapping.year() == null ? h.find("Year") : h.require(mapping.year(), "year", header);
        int quarter = mapping.quarter() == null ? h.find("Quarter") : h.require(mapping.quarter(), "quarter", header);
        int date = mapping.date() == null ? h.find("Date") : h.require(mapping.date(), "date", header);
        if (value == year || value == quarter || value == date) {
            throw InvalidInputException.of("value", "the value column cannot also be a period column");
        }
        return longRows(header, lines.subList(1, lines.size()), h, value, year, quarter, date);
    }

    private static ParsedTable longRows(CsvLines.Line header, List<CsvLines.Line> body, Header h, int value,
            int year, int quarter, int date) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < h.names.size(); c++) {
            ColumnKind kind = c == value ? ColumnKind.NUMBER : c == year ? ColumnKind.YEAR
                    : c == quarter ? ColumnKind.QUARTER : c == date ? ColumnKind.DATE : ColumnKind.TEXT;
            columns.add(new Column(h.names.get(c), kind));
        }
        if (quarter >= 0 && year < 0 && date < 0) {
            throw InvalidInputException.of("file", "line " + header.number() + ": a Quarter column needs a Year"
                    + " or Date column beside it");
        }
        Rows rows = rows(header, body, h, columns);
        if (rows.cells.isEmpty()) {
            throw InvalidInputException.of("file", "line " + header.number() + ": the header has no rows under it");
        }
        for (int r = 0; r < rows.cells.size(); r++) {
            String[] row = rows.cells.get(r);
            int line = rows.lines.get(r);
            Integer y = year < 0 ? null : Integer.valueOf(row[year]);
            Integer q = quarter < 0 ? null : Integer.valueOf(row[quarter]);
            if (date >= 0) {
                LocalDate d = LocalDate.parse(row[date]);
                if (y != null && d.getYear() != y) {
                    throw cell(line, date, h.names.get(date), row[date] + " is not in " + h.names.get(year) + " " + y);
                }
                if (q != null && Quarter.of(d).quarter() != q) {
                    throw cell(line, date, h.names.get(date), row[date] + " is not in quarter " + q);
                }
            }
        }
        String valueName = h.names.get(value);
        String unit = valueName.toLowerCase(Locale.ROOT).startsWith("number of ")
                ? valueName.substring("number of ".length()).toLowerCase(Locale.ROOT)
                : valueName.toLowerCase(Locale.ROOT);
        TableMeta meta = new TableMeta(null, "rows", "row", null, valueName, Map.of(valueName, unit));
        return new ParsedTable(columns, rows.cells, rows.lines, meta);
    }

    // --- shared -------------------------------------------------------------------------------------

    /** Header names, with unnamed columns that stay empty in every row dropped (a trailing comma). */
    private static final class Header {
        final List<String> names = new ArrayList<>();
        /** Source index of each kept column. */
        final List<Integer> source = new ArrayList<>();
        final int width;

        Header(int width) {
            this.width = width;
        }

        int find(String name) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        int require(String name, String role, CsvLines.Line header) {
            int i = find(name.strip());
            if (i < 0) {
                throw InvalidInputException.of(role, "line " + header.number() + ": the header has no column '"
                        + name.strip() + "' (columns: " + String.join(", ", names) + ")");
            }
            return i;
        }
    }

    private static Header header(CsvLines.Line header, List<CsvLines.Line> body) {
        String[] cells = header.cells();
        if (cells.length > MAX_COLUMNS) {
            throw new TooLargeException("Too many columns", "A reference table may have at most " + MAX_COLUMNS
                    + " columns; line " + header.number() + " has " + cells.length + ".");
        }
        Header h = new Header(cells.length);
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < cells.length; c++) {
            String name = cells[c];
            if (name.isBlank()) {
                for (CsvLines.Line line : body) {
                    if (c < line.cells().length && !line.cells()[c].isBlank()) {
                        throw cell(line.number(), c, "(no name)", "holds '" + line.cells()[c]
                                + "' but its column has no name on line " + header.number());
                    }
                }
                continue;
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw InvalidInputException.of("file", "line " + header.number() + ", column " + (c + 1)
                        + ": the header names '" + name + "' twice");
            }
            h.names.add(name);
            h.source.add(c);
        }
        if (h.names.size() < 2) {
            throw InvalidInputException.of("file", "line " + header.number() + ": a table needs at least two named"
                    + " columns");
        }
        return h;
    }

    private record Rows(List<String[]> cells, List<Integer> lines) {
    }

    /** Cells of every non-blank line under the header, checked against the columns' kinds. */
    private static Rows rows(CsvLines.Line header, List<CsvLines.Line> body, Header h, List<Column> columns) {
        List<String[]> out = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, String> interned = new HashMap<>();
        for (CsvLines.Line line : body) {
            if (line.blank()) {
                continue;
            }
            String[] cells = line.cells();
            if (cells.length < h.width) {
                throw InvalidInputException.of("file", "line " + line.number() + ": " + cells.length
                        + " fields where the header (line " + header.number() + ") has " + h.width);
            }
            for (int c = h.width; c < cells.length; c++) {
                if (!cells[c].isBlank()) {
                    throw cell(line.number(), c, "(none)", "'" + cells[c] + "' is beyond the last column of the header");
                }
            }
            if (out.size() >= MAX_ROWS) {
                throw new TooLargeException("Too many rows", "A reference table may have at most " + MAX_ROWS
                        + " rows.");
            }
            String[] row = new String[columns.size()];
            for (int k = 0; k < columns.size(); k++) {
                int src = h.source.get(k);
                String raw = cells[src];
                Column col = columns.get(k);
                row[k] = interned.computeIfAbsent(normalise(raw, col, line.number(), src), s -> s);
            }
            out.add(row);
            lines.add(line.number());
        }
        return new Rows(out, lines);
    }

    private static String normalise(String raw, Column col, int line, int src) {
        switch (col.kind()) {
            case NUMBER -> {
                BigDecimal n = Numbers.parse(raw);
                if (n == null) {
                    throw cell(line, src, col.name(), raw.isBlank() ? "is empty where a number is expected"
                            : "'" + raw + "' is not a number");
                }
                return n.toPlainString();
            }
            case YEAR -> {
                BigDecimal n = Numbers.parse(raw.replace(",", ""));
                if (n == null || n.scale() > 0 || n.intValue() < 1800 || n.intValue() > 2200) {
                    throw cell(line, src, col.name(), "'" + raw + "' is not a year");
                }
                return String.valueOf(n.intValue());
            }
            case QUARTER -> {
                String q = raw.toUpperCase(Locale.ROOT).replace("Q", "").strip();
                if (!q.matches("[1-4]")) {
                    throw cell(line, src, col.name(), "'" + raw + "' is not a quarter (1 to 4)");
                }
                return q;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(raw).toString();
                } catch (DateTimeParseException e) {
                    throw cell(line, src, col.name(), "'" + raw + "' is not a date like 2023-03-31");
                }
            }
            default -> {
                return raw;
            }
        }
    }

    private static InvalidInputException cell(int line, int column, String name, String message) {
        return InvalidInputException.of("file", "line " + line + ", column " + (column + 1) + " (" + name + "): "
                + message);
    }

    private static int indexOf(String[] cells, String name) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
