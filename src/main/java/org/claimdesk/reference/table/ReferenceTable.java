package org.claimdesk.reference.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One dataset version held in memory, column by column: text cells as codes into a dictionary,
 * numbers as doubles, and each row's quarter. Versions never change once imported, so a table
 * can be cached and shared between threads.
 */
public final class ReferenceTable {

    /** How finely the table's rows are dated. */
    public enum Grain { NONE, YEAR, QUARTER }

    private final long versionId;
    private final List<Column> columns;
    private final TableMeta meta;
    private final int rows;
    private final Map<String, Integer> byName = new HashMap<>();
    private final int[][] codes;
    private final String[][] dictionaries;
    private final double[][] numbers;
    private final int[] scales;
    /** Quarter index of each row (year * 4 for yearly tables); unused when the grain is NONE. */
    private final int[] period;
    private final Grain grain;
    private final int firstPeriod;
    private final int lastPeriod;

    public ReferenceTable(long versionId, List<Column> columns, TableMeta meta, List<String[]> cells) {
        this.versionId = versionId;
        this.columns = List.copyOf(columns);
        this.meta = meta;
        this.rows = cells.size();
        int n = columns.size();
        codes = new int[n][];
        dictionaries = new String[n][];
        numbers = new double[n][];
        scales = new int[n];
        int year = -1;
        int quarter = -1;
        int date = -1;
        for (int c = 0; c < n; c++) {
            Column col = columns.get(c);
            byName.put(col.name().toLowerCase(Locale.ROOT), c);
            switch (col.kind()) {
                case YEAR -> year = c;
                case QUARTER -> quarter = c;
                case DATE -> date = c;
                default -> {
                }
            }
            if (col.kind().numeric()) {
                double[] v = new double[rows];
                int scale = 0;
                for (int r = 0; r < rows; r++) {
                    String cell = cells.get(r)[c];
                    v[r] = Double.parseDouble(cell);
                    int dot = cell.indexOf('.');
                    if (dot >= 0) {
                        scale = Math.max(scale, cell.length() - dot - 1);
                    }
                }
                numbers[c] = v;
                scales[c] = scale;
            }
            if (!col.kind().numeric() || col.kind() == ColumnKind.YEAR || col.kind() == ColumnKind.QUARTER) {
                Map<String, Integer> dict = new LinkedHashMap<>();
                int[] k = new int[rows];
                for (int r = 0; r < rows; r++) {
                    k[r] = dict.computeIfAbsent(cells.get(r)[c], s -> dict.size());
                }
                codes[c] = k;
                dictionaries[c] = dict.keySet().toArray(String[]::new);
            }
        }
        period = new int[rows];
        if (date >= 0 || (year >= 0 && quarter >= 0)) {
            grain = Grain.QUARTER;
            for (int r = 0; r < rows; r++) {
                period[r] = date >= 0 ? Quarter.of(java.time.LocalDate.parse(cells.get(r)[date])).index()
                        : new Quarter(Integer.parseInt(cells.get(r)[year]), Integer.parseInt(cells.get(r)[quarter])).index();
            }
        } else if (year >= 0) {
            grain = Grain.YEAR;
            for (int r = 0; r < rows; r++) {
                period[r] = Integer.parseInt(cells.get(r)[year]) * 4;
            }
        } else {
            grain = Grain.NONE;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        if (grain != Grain.NONE) {
            for (int p : period) {
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
            }
        }
        firstPeriod = lo;
        lastPeriod = hi;
    }

    public long versionId() {
        return versionId;
    }

    public List<Column> columns() {
        return columns;
    }

    public TableMeta meta() {
        return meta;
    }

    public int size() {
        return rows;
    }

    public Grain grain() {
        return grain;
    }

    /** First quarter with rows (for yearly tables, Q1 of the first year); null without periods. */
    public Quarter first() {
        return grain == Grain.NONE ? null : Quarter.ofIndex(firstPeriod);
    }

    /** Last quarter with rows (for yearly tables, Q4 of the last year). */
    public Quarter last() {
        return grain == Grain.NONE ? null : grain == Grain.YEAR ? Quarter.ofIndex(lastPeriod + 3)
                : Quarter.ofIndex(lastPeriod);
    }

    /** Index of a column by name, case-insensitive; -1 when there is none. */
    public int column(String name) {
        return name == null ? -1 : byName.getOrDefault(name.strip().toLowerCase(Locale.ROOT), -1);
    }

    public Column columnAt(int c) {
        return columns.get(c);
    }

    public boolean hasColumn(String name) {
        return column(name) >= 0;
    }

    /** The values of a text column, sorted. */
    public List<String> distinct(String name) {
        int c = column(name);
        if (c < 0 || dictionaries[c] == null) {
            return List.of();
        }
        return new ArrayList<>(new TreeSet<>(Arrays.asList(dictionaries[c])));
    }

    /** The column's exact spelling of {@code value} (case-insensitive), or null when no row has it. */
    public String spelling(int c, String value) {
        if (dictionaries[c] == null || value == null) {
            return null;
        }
        String v = value.strip();
        for (String d : dictionaries[c]) {
            if (d.equalsIgnoreCase(v)) {
                return d;
            }
        }
        if (columns.get(c).kind().numeric()) {
            BigDecimal wanted = Numbers.parse(v);
            if (wanted != null) {
                for (String d : dictionaries[c]) {
                    if (new BigDecimal(d).compareTo(wanted) == 0) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** Rows whose column {@code c} holds one of {@code values} (exact spellings). */
    public BitSet rowsWith(int c, List<String> values) {
        BitSet out = new BitSet(rows);
        if (codes[c] == null) {
            return out;
        }
        BitSet wanted = new BitSet();
        String[] dict = dictionaries[c];
        for (int k = 0; k < dict.length; k++) {
            if (values.contains(dict[k])) {
                wanted.set(k);
            }
        }
        int[] col = codes[c];
        for (int r = 0; r < rows; r++) {
            if (wanted.get(col[r])) {
                out.set(r);
            }
        }
        return out;
    }

    /** Rows dated from quarter index {@code from} to {@code to}, both included. */
    public BitSet rowsIn(int from, int to) {
        BitSet out = new BitSet(rows);
        for (int r = 0; r < rows; r++) {
            if (period[r] >= from && period[r] <= to) {
                out.set(r);
            }
        }
        return out;
    }

    public BitSet all() {
        BitSet out = new BitSet(rows);
        out.set(0, rows);
        return out;
    }

    /** Sum of a numeric column over rows, rounded to the column's decimals. */
    public BigDecimal sum(int c, BitSet selected) {
        double[] v = numbers[c];
        double s = 0;
        for (int r = selected.nextSetBit(0); r >= 0; r = selected.nextSetBit(r + 1)) {
            s += v[r];
        }
        return BigDecimal.valueOf(s).setScale(scales[c], RoundingMode.HALF_EVEN);
    }

    /** A cell as text. */
    public String text(int row, int c) {
        if (codes[c] != null) {
            return dictionaries[c][codes[c][row]];
        }
        return BigDecimal.valueOf(numbers[c][row]).setScale(scales[c], RoundingMode.HALF_EVEN).toPlainString();
    }

    public BigDecimal number(int row, int c) {
        return BigDecimal.valueOf(numbers[c][row]).setScale(scales[c], RoundingMode.HALF_EVEN);
    }

    /** How many cells the table holds: what a cache weighs it by. */
    public long weight() {
        return (long) rows * Math.max(1, columns.size());
    }
}
