package org.claimdesk.reference;

import java.util.List;
import org.claimdesk.reference.suggest.Suggester;
import org.claimdesk.reference.table.ParsedTable;
import org.claimdesk.reference.table.ReferenceTable;
import org.claimdesk.reference.table.TableReaders;

/** The four official tables read once per test JVM, as suggestion sources (no database). */
public final class ReferenceTables {

    private static List<Suggester.Source> sources;

    private ReferenceTables() {
    }

    public static synchronized List<Suggester.Source> sources() {
        if (sources == null) {
            sources = List.of(
                    source(1, "hoc-ge2024", TableReaders.hocResults(ReferenceFiles.read(ReferenceFiles.GE2024), "a", null)),
                    source(2, "hoc-ge2019", TableReaders.hocResults(ReferenceFiles.read(ReferenceFiles.GE2019), "b", null)),
                    source(3, "detections", TableReaders.homeOffice(ReferenceFiles.read(ReferenceFiles.DETECTIONS))),
                    source(4, "returns", TableReaders.homeOffice(ReferenceFiles.read(ReferenceFiles.RETURNS))));
        }
        return sources;
    }

    public static ReferenceTable table(String dataset) {
        return sources().stream().filter(s -> s.dataset().equals(dataset)).findFirst().orElseThrow().table();
    }

    private static Suggester.Source source(long id, String name, ParsedTable p) {
        return new Suggester.Source(new ReferenceTable(id, p.columns(), p.meta(), p.rows()), name, 1);
    }
}
