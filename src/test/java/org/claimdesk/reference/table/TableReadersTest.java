package org.claimdesk.reference.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.reference.ReferenceFiles;
import org.claimdesk.reference.ReferenceTables;
import org.claimdesk.reference.check.Aggregate;
import org.claimdesk.reference.check.CheckEngine;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.reference.check.Filter;
import org.claimdesk.reference.check.Period;
import org.junit.jupiter.api.Test;

/**
 * The importers on the publishers' own files, and on broken copies of them. Expected figures were
 * computed with Python over the CSVs, and the returns total again here by a plain CSV pass.
 */
class TableReadersTest {

    /** Seats the SNP won at the 2024 general election (count of First party = SNP). */
    static final int SNP_SEATS_2024 = 9;
    /** Aberdeen North's 2024 majority. */
    static final int ABERDEEN_NORTH_MAJORITY_2024 = 1_760;
    static final int LABOUR_SEATS_2024 = 411;
    static final int CONSERVATIVE_SEATS_2019 = 365;
    /** Valid votes cast in 2024, all 650 constituencies. */
    static final long VALID_VOTES_2024 = 28_809_340;
    /** Small boat arrivals, 2023 Q1 to Q4. */
    static final long SMALL_BOATS_2023 = 29_437;

    @Test
    void commonsLibrary2024TitleRowsAndThousandsSeparators() {
        ParsedTable t = TableReaders.hocResults(ReferenceFiles.read(ReferenceFiles.GE2024), "anything", null);
        assertThat(t.size()).isEqualTo(650);
        assertThat(t.meta().electionDate()).isEqualTo(LocalDate.of(2024, 7, 4));
        assertThat(t.meta().title()).startsWith("House of Commons General Election 2024");
        // the trailing empty column is dropped; the data's first row is on line 4
        assertThat(t.columns()).extracting(Column::name).doesNotContain("").contains("RUK", "Majority");
        assertThat(t.lines().get(0)).isEqualTo(4);
        int majority = t.columns().stream().map(Column::name).toList().indexOf("Majority");
        assertThat(t.rows().get(1)[majority]).isEqualTo("1760");
        ReferenceTable table = ReferenceTables.table("hoc-ge2024");
        assertThat(count(table, Filter.eq("First party", "SNP"))).isEqualTo(SNP_SEATS_2024);
        assertThat(count(table, Filter.eq("First party", "Lab"))).isEqualTo(LABOUR_SEATS_2024);
        assertThat(value(table, Aggregate.value("Majority"), Filter.eq("Constituency name", "Aberdeen North")))
                .isEqualByComparingTo(BigDecimal.valueOf(ABERDEEN_NORTH_MAJORITY_2024));
        assertThat(value(table, Aggregate.sum("Valid votes"))).isEqualByComparingTo(BigDecimal.valueOf(VALID_VOTES_2024));
    }

    @Test
    void commonsLibrary2019HeaderFirstNoSeparatorsPollingDayFromDeclarations() {
        ParsedTable t = TableReaders.hocResults(ReferenceFiles.read(ReferenceFiles.GE2019), "results", null);
        assertThat(t.size()).isEqualTo(650);
        assertThat(t.meta().electionDate()).isEqualTo(LocalDate.of(2019, 12, 12));
        assertThat(t.columns()).extracting(Column::name).contains("BRX", "Declaration time");
        assertThat(count(ReferenceTables.table("hoc-ge2019"), Filter.eq("First party", "Con")))
                .isEqualTo(CONSERVATIVE_SEATS_2019);
    }

    @Test
    void homeOfficeLongTables() throws IOException {
        ParsedTable detections = TableReaders.homeOffice(ReferenceFiles.read(ReferenceFiles.DETECTIONS));
        assertThat(detections.size()).isEqualTo(10_816);
        assertThat(detections.columns().get(0).kind()).isEqualTo(ColumnKind.DATE);
        assertThat(detections.meta().valueColumn()).isEqualTo("Number of detections");
        ReferenceTable d = ReferenceTables.table("detections");
        assertThat(d.first()).isEqualTo(new Quarter(2018, 1));
        assertThat(d.last()).isEqualTo(new Quarter(2023, 4));
        assertThat(value(d, new Period("2023", "2023", null), Aggregate.sum(null),
                Filter.eq("Method of entry", "Small boat arrivals"))).isEqualByComparingTo(BigDecimal.valueOf(SMALL_BOATS_2023));
        // names with commas inside quotes are one value
        assertThat(d.distinct("Nationality")).contains("Gambia, The", "Bahamas, The");

        String returnsCsv = ReferenceFiles.read(ReferenceFiles.RETURNS);
        ParsedTable returns = TableReaders.homeOffice(returnsCsv);
        assertThat(returns.size()).isEqualTo(44_109);
        long independent = 0;
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(returnsCsv.substring(returnsCsv.indexOf('D'))))) {
            independent += Long.parseLong(r.get("Number of returns"));
        }
        assertThat(value(ReferenceTables.table("returns"), Aggregate.sum(null)))
                .isEqualByComparingTo(BigDecimal.valueOf(independent));
    }

    @Test
    void longTableWithAMapping() {
        String csv = "Area,Period,Measure,Count\nNorth,2022,a,4\nNorth,2023,a,6\nSouth,2023,b,7.5\n";
        ParsedTable t = TableReaders.longTable(csv, new TableReaders.Mapping("Count", "Period", null, null));
        assertThat(t.columns()).extracting(Column::kind).containsExactly(ColumnKind.TEXT, ColumnKind.YEAR,
                ColumnKind.TEXT, ColumnKind.NUMBER);
        ReferenceTable table = new ReferenceTable(9, t.columns(), t.meta(), t.rows());
        assertThat(table.grain()).isEqualTo(ReferenceTable.Grain.YEAR);
        assertThat(value(table, new Period("2023", "2023", null), Aggregate.sum(null))).isEqualByComparingTo("13.5");
        // without a mapping: Year, Quarter, Date by name, the value last
        ParsedTable plain = TableReaders.longTable("Year,Area,Count\n2023,North,4\n", TableReaders.Mapping.DEFAULT);
        assertThat(plain.columns().get(0).kind()).isEqualTo(ColumnKind.YEAR);
        assertThatThrownBy(() -> TableReaders.longTable(csv, new TableReaders.Mapping("Total", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no column 'Total'");
    }

    @Test
    void brokenFilesNameTheLineAndColumn() {
        String ge2019 = ReferenceFiles.read(ReferenceFiles.GE2019);
        refused(TableReaders::hocResults, ge2019.replace(",3990,", ",39x0,"),
                "line 5, column 18 (Majority): '39x0' is not a number");
        refused(TableReaders::hocResults, ge2019.replace(",3990,", ",,"),
                "line 5, column 18 (Majority): is empty where a number is expected");
        refused(TableReaders::hocResults, ge2019.replace("Aberdeen South,,Scotland", "Aberdeen North,,Scotland"),
                "line 5, column 3 (Constituency name): 'Aberdeen North' appears twice");
        String[] lines = ge2019.split("\n");
        refused(TableReaders::hocResults, lines[0] + "\n" + lines[1] + "\nW07000058,W92000004,Aberconwy\n",
                "line 3: 3 fields where the header (line 1) has 32");
        refused(TableReaders::hocResults, "ONS ID,Name\nx,y\n", "line 1: no header row naming 'Constituency name'");
        refused(TableReaders::hocResults, ge2019.replace(",Majority,", ",Margin,"), "line 1: the header has no column 'Majority'");
        refused(TableReaders::hocResults, lines[0] + "\n" + lines[1].replace("Aberavon", "\"Aberavon") + "\n",
                "line 2: not valid CSV");
        refused(TableReaders::hocResults, "", "the file is empty");

        String detections = "Date,Year,Quarter,Method,Number\n2018-03-31,2018,1,Boat,4\n2018-06-30,2018,5,Boat,3\n";
        refusedHomeOffice(detections, "line 3, column 3 (Quarter): '5' is not a quarter (1 to 4)");
        refusedHomeOffice(detections.replace("2018,5", "2018,2").replace(",3\n", ",three\n"),
                "line 3, column 5 (Number): 'three' is not a number");
        refusedHomeOffice(detections.replace("2018,5", "2018,3"), "line 3, column 1 (Date): 2018-06-30 is not in quarter 3");
        refusedHomeOffice(detections.replace("2018-06-30", "30/06/2018"), "line 3, column 1 (Date): '30/06/2018' is not a date");
        refusedHomeOffice("Date,Quarter,Number\n2018-03-31,1,4\n", "a Home Office table has a 'Year' column");
        refusedHomeOffice("Year,Method,,Number\n2018,Boat,oops,4\n", "line 2, column 3 ((no name)): holds 'oops'");
    }

    private interface Reader {
        ParsedTable read(String csv, String name, LocalDate election);
    }

    private static void refused(Reader reader, String csv, String message) {
        assertThatThrownBy(() -> reader.read(csv, "x", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    private static void refusedHomeOffice(String csv, String message) {
        assertThatThrownBy(() -> TableReaders.homeOffice(csv)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    static int count(ReferenceTable t, Filter... filters) {
        return value(t, Aggregate.count(), filters).intValueExact();
    }

    static BigDecimal value(ReferenceTable t, Aggregate a, Filter... filters) {
        return value(t, null, a, filters);
    }

    static BigDecimal value(ReferenceTable t, Period p, Aggregate a, Filter... filters) {
        return CheckEngine.run(t, new CheckQuery(t.versionId(), "t", 1, List.of(filters), p, a), "t", 1).value();
    }
}
