package org.claimdesk.reference.table;

import java.util.List;

/**
 * A CSV file read and checked, before anything is stored: columns, normalised cells (numbers
 * without thousands separators) and the line each row came from.
 */
public record ParsedTable(List<Column> columns, List<String[]> rows, List<Integer> lines, TableMeta meta) {

    public ParsedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        lines = List.copyOf(lines);
    }

    public int size() {
        return rows.size();
    }
}
