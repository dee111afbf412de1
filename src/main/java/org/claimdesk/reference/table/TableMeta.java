package org.claimdesk.reference.table;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an importer learnt about a table besides its cells.
 *
 * @param title         the publisher's title row, or null
 * @param rowNoun       what one row is, plural and singular ("constituencies", "constituency")
 * @param electionDate  for election results: polling day; null otherwise
 * @param valueColumn   the measure a sum adds up by default (a long table's last column), or null
 * @param units         unit of each numeric column ("votes", "electors", "detections")
 */
public record TableMeta(String title, String rowNoun, String rowNounSingular, LocalDate electionDate,
        String valueColumn, Map<String, String> units) {

    public TableMeta {
        units = units == null ? Map.of() : Map.copyOf(units);
        rowNoun = rowNoun == null ? "rows" : rowNoun;
        rowNounSingular = rowNounSingular == null ? "row" : rowNounSingular;
    }

    public String unitOf(String column) {
        return units.getOrDefault(column, column.toLowerCase(java.util.Locale.ROOT));
    }
}
