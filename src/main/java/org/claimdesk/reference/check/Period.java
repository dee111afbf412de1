package org.claimdesk.reference.check;

/**
 * The period a check covers, as written in a query: {@code from} and {@code to} are a year
 * ("2023"), a quarter ("2023-Q2") or a month or day ("2024-07", "2024-07-05"); a missing end is
 * the table's first or last quarter. {@code label} is the claim's own wording ("since July 2024"),
 * shown beside the quarters it was mapped onto.
 */
public record Period(String from, String to, String label) {

    public static Period year(int year, String label) {
        return new Period(String.valueOf(year), String.valueOf(year), label);
    }
}
