package org.claimdesk.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.reference.check.Filter;
import org.claimdesk.reference.check.Period;
import org.claimdesk.reference.check.PeriodMapping;
import org.claimdesk.reference.table.ReferenceTable;

/** Rows of a dataset version for reading: filtered like a check, a page at a time. */
@ApplicationScoped
public class Preview {

    static final int MAX_LIMIT = 500;

    @Inject
    TableCache cache;

    @Inject
    DemoDatasets demo;

    /** A page of rows, with how many match and how the period was read. */
    public record Page(long versionId, List<String> columns, List<List<String>> rows, int matching, int offset,
            int limit, String periodMapping, List<Filter> filters) {
    }

    /** "Column:value" pairs as filters; the same column twice is a list. */
    public static List<Filter> filters(List<String> where) {
        Map<String, List<String>> byColumn = new LinkedHashMap<>();
        for (String w : where == null ? List.<String>of() : where) {
            if (w == null || w.isBlank()) {
                continue;
            }
            int colon = w.indexOf(':');
            if (colon <= 0) {
                throw InvalidInputException.of("where", "'" + w + "' is not Column:value");
            }
            String value = w.substring(colon + 1).strip();
            if (value.isEmpty()) {
                continue;
            }
            byColumn.computeIfAbsent(w.substring(0, colon).strip(), k -> new ArrayList<>()).add(value);
        }
        List<Filter> out = new ArrayList<>();
        byColumn.forEach((c, v) -> out.add(Filter.in(c, v)));
        return out;
    }

    public Page page(DatasetVersion v, List<Filter> filters, String from, String to, int offset, int limit) {
        demo.awaitLoaded();
        if (offset < 0) {
            throw InvalidInputException.of("offset", "may not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "between 1 and " + MAX_LIMIT);
        }
        ReferenceTable t = cache.table(v);
        BitSet rows = t.all();
        List<Filter> exact = new ArrayList<>();
        for (Filter f : filters) {
            Filter e = org.claimdesk.reference.check.CheckEngine.resolveFilter(t, f);
            exact.add(e);
            rows.and(t.rowsWith(t.column(e.column()), e.values()));
        }
        String words = null;
        if (t.grain() != ReferenceTable.Grain.NONE && (notBlank(from) || notBlank(to))) {
            PeriodMapping.Mapped m = PeriodMapping.map(t, new Period(from, to, null));
            rows.and(t.rowsIn(m.from(), m.to()));
            words = m.words();
        }
        List<List<String>> out = new ArrayList<>();
        int skipped = 0;
        for (int r = rows.nextSetBit(0); r >= 0 && out.size() < limit; r = rows.nextSetBit(r + 1)) {
            if (skipped++ < offset) {
                continue;
            }
            List<String> cells = new ArrayList<>(t.columns().size());
            for (int c = 0; c < t.columns().size(); c++) {
                cells.add(t.text(r, c));
            }
            out.add(cells);
        }
        return new Page(v.id, t.columns().stream().map(c -> c.name()).toList(), out, rows.cardinality(), offset, limit,
                words, exact);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
