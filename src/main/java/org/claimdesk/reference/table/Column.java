package org.claimdesk.reference.table;

/** One column of a reference table as imported: its header name and what it holds. */
public record Column(String name, ColumnKind kind) {
}
