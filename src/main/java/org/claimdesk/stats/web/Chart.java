package org.claimdesk.stats.web;

import java.util.List;

/**
 * One figure of the dashboard: heading, what it counts, the drawing, its legend and the table
 * behind it with that table's CSV.
 *
 * @param id unique on the page; the SVG's title and description ids derive from it
 * @param summary the chart's alternative text: what it shows, in a sentence
 * @param headline the figure's key numbers in words, or null
 * @param wide whether it takes the page's full width on a desktop
 */
public record Chart(String id, String title, String note, String summary, String headline, Svg svg,
        List<Legend> legend, Table table, String csvHref, String csvLabel, boolean wide) {

    /** @param css the class of the swatch, the same as the shapes it names */
    public record Legend(String css, String label) {
    }

    /** @param header true for the first cell of a row, which names it */
    public record Cell(String text, boolean numeric, boolean header) {
    }

    public record Table(List<Cell> headers, List<List<Cell>> rows) {
    }
}
