package org.claimdesk.reference.table;

import java.time.LocalDate;

/** A calendar quarter; {@link #index()} orders quarters and makes ranges easy. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    public static Quarter ofIndex(int index) {
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public int index() {
        return year * 4 + quarter - 1;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter plus(int quarters) {
        return ofIndex(index() + quarters);
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(index(), o.index());
    }

    /** "2023 Q1". */
    @Override
    public String toString() {
        return year + " Q" + quarter;
    }
}
