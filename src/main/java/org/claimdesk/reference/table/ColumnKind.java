package org.claimdesk.reference.table;

/** What a column holds: a dimension (text), a measure (number) or one of the period columns. */
public enum ColumnKind {
    TEXT, NUMBER, YEAR, QUARTER, DATE;

    public boolean numeric() {
        return this == NUMBER || this == YEAR || this == QUARTER;
    }

    public boolean period() {
        return this == YEAR || this == QUARTER || this == DATE;
    }
}
