package org.claimdesk.reference.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.reference.table.ColumnKind;
import org.claimdesk.reference.table.Numbers;
import org.claimdesk.reference.table.ReferenceTable;

/**
 * Runs a {@link CheckQuery} over one {@link ReferenceTable}. Pure and deterministic: the same query
 * over the same version gives the same value and the same words.
 */
public final class CheckEngine {

    /** Decimals kept for shares and percentage changes. */
    static final int PERCENT_SCALE = 4;
    private static final int MAX_LISTED = 25;

    private CheckEngine() {
    }

    public static CheckResult run(ReferenceTable table, CheckQuery query, String datasetName, int versionNumber) {
        if (query.aggregate() == null) {
            throw InvalidInputException.of("aggregate", "say what to compute: COUNT, SUM, VALUE, SHARE or"
                    + " PERCENT_CHANGE");
        }
        Aggregate.Function fn = query.aggregate().fn();
        List<Filter> resolved = new ArrayList<>();
        BitSet rows = table.all();
        for (Filter f : query.filters()) {
            Filter exact = resolve(table, f);
            resolved.add(exact);
            rows.and(table.rowsWith(table.column(exact.column()), exact.values()));
        }
        BitSet filtered = (BitSet) rows.clone();
        PeriodMapping.Mapped mapped = PeriodMapping.map(table, query.period());
        if (mapped != null) {
            rows.and(table.rowsIn(mapped.from(), mapped.to()));
        }
        String scope = scope(table, resolved, mapped);
        BigDecimal value;
        String unit;
        String what;
        boolean partial = mapped != null && mapped.partial();
        String periodWords = mapped == null ? null : mapped.words();
        Aggregate agg = query.aggregate();
        switch (fn) {
            case COUNT -> {
                value = BigDecimal.valueOf(rows.cardinality());
                unit = table.meta().rowNoun();
                what = "count of " + scope;
            }
            case SUM -> {
                int c = numeric(table, agg.column() == null ? table.meta().valueColumn() : agg.column(), "column");
                value = table.sum(c, rows);
                unit = table.meta().unitOf(table.columnAt(c).name());
                what = "sum of " + table.columnAt(c).name() + " over " + scope;
            }
            case VALUE -> {
                int c = numeric(table, agg.column() == null ? table.meta().valueColumn() : agg.column(), "column");
                if (rows.cardinality() != 1) {
                    throw InvalidInputException.of("filters", "the value of one " + table.meta().rowNounSingular()
                            + " needs filters that leave exactly one row; " + rows.cardinality() + " rows match");
                }
                value = table.number(rows.nextSetBit(0), c);
                unit = table.meta().unitOf(table.columnAt(c).name());
                what = table.columnAt(c).name() + " of the " + scopeSingular(table, resolved, mapped);
            }
            case SHARE -> {
                int c = numeric(table, agg.column(), "column");
                int of = numeric(table, agg.of(), "of");
                BigDecimal part = table.sum(c, rows);
                BigDecimal whole = table.sum(of, rows);
                if (whole.signum() == 0) {
                    throw InvalidInputException.of("of", "the sum of " + table.columnAt(of).name()
                            + " over these rows is 0: no share to compute");
                }
                value = percent(part, whole);
                unit = "percent";
                what = "100 \u00d7 sum of " + table.columnAt(c).name() + " / sum of " + table.columnAt(of).name()
                        + " over " + scope;
            }
            case PERCENT_CHANGE -> {
                int c = numeric(table, agg.column() == null ? table.meta().valueColumn() : agg.column(), "column");
                if (mapped == null || agg.base() == null) {
                    throw InvalidInputException.of("base", "a percentage change needs a period and a base period"
                            + " to compare it with");
                }
                PeriodMapping.Mapped base = PeriodMapping.map(table, agg.base());
                BitSet baseRows = (BitSet) filtered.clone();
                baseRows.and(table.rowsIn(base.from(), base.to()));
                BigDecimal now = table.sum(c, rows);
                BigDecimal before = table.sum(c, baseRows);
                if (before.signum() == 0) {
                    throw InvalidInputException.of("base", "the base period sums to 0: no percentage change");
                }
                value = percent(now.subtract(before), before);
                unit = "percent";
                partial = partial || base.partial();
                periodWords = periodWords + "; base " + base.words();
                what = "change in the sum of " + table.columnAt(c).name() + " over " + scope + ", against "
                        + Numbers.format(before) + " in the base period (" + base.words() + "), in percent";
            }
            default -> throw new IllegalStateException(fn.name());
        }
        String description = what + " = " + Numbers.format(value) + (unit.equals("percent") ? "%" : "");
        CheckQuery pinned = new CheckQuery(table.versionId(), datasetName, versionNumber, resolved, query.period(),
                agg);
        return new CheckResult(value, unit, rows.cardinality(), description, periodWords, partial, pinned);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }

    /** "2024 constituencies where First party = Lab", "rows where ... in 2023 (2023 Q1–Q4)". */
    private static String scope(ReferenceTable table, List<Filter> filters, PeriodMapping.Mapped mapped) {
        StringBuilder b = new StringBuilder();
        if (table.meta().electionDate() != null) {
            b.append(table.meta().electionDate().getYear()).append(' ');
        }
        b.append(table.meta().rowNoun());
        appendConditions(b, filters, mapped);
        return b.toString();
    }

    private static String scopeSingular(ReferenceTable table, List<Filter> filters, PeriodMapping.Mapped mapped) {
        StringBuilder b = new StringBuilder();
        if (table.meta().electionDate() != null) {
            b.append(table.meta().electionDate().getYear()).append(' ');
        }
        b.append(table.meta().rowNounSingular());
        appendConditions(b, filters, mapped);
        return b.toString();
    }

    private static void appendConditions(StringBuilder b, List<Filter> filters, PeriodMapping.Mapped mapped) {
        if (!filters.isEmpty()) {
            b.append(" where ").append(String.join(" and ", filters.stream().map(Filter::words).toList()));
        }
        if (mapped != null) {
            b.append(", ").append(mapped.words());
        }
    }

    /** The filter with the table's own spelling of each value; a clear refusal for unknown ones. */
    public static Filter resolveFilter(ReferenceTable table, Filter f) {
        return resolve(table, f);
    }

    static Filter resolve(ReferenceTable table, Filter f) {
        int c = table.column(f.column());
        if (c < 0) {
            throw InvalidInputException.of("filters", "no column '" + f.column() + "'; columns: "
                    + String.join(", ", table.columns().stream().map(col -> col.name()).toList()));
        }
        if (table.columnAt(c).kind() == ColumnKind.NUMBER) {
            throw InvalidInputException.of("filters", "'" + table.columnAt(c).name() + "' holds numbers; filter on"
                    + " a text column (or use the period for dates)");
        }
        if (f.values().isEmpty()) {
            throw InvalidInputException.of("filters", "give at least one value for " + table.columnAt(c).name());
        }
        List<String> exact = new ArrayList<>();
        for (String v : f.values()) {
            String s = table.spelling(c, v);
            if (s == null) {
                List<String> known = table.distinct(table.columnAt(c).name());
                String listed = String.join(", ", known.subList(0, Math.min(MAX_LISTED, known.size())))
                        + (known.size() > MAX_LISTED ? ", ..." : "");
                throw InvalidInputException.of("filters", "no row has " + table.columnAt(c).name() + " = '" + v
                        + "' (values: " + listed + ")");
            }
            if (!exact.contains(s)) {
                exact.add(s);
            }
        }
        return new Filter(table.columnAt(c).name(), null, exact);
    }

    private static int numeric(ReferenceTable table, String name, String field) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of(field, "name the number column to use");
        }
        int c = table.column(name);
        if (c < 0 || table.columnAt(c).kind() != ColumnKind.NUMBER) {
            List<String> numbers = table.columns().stream().filter(col -> col.kind() == ColumnKind.NUMBER)
                    .map(col -> col.name()).toList();
            throw InvalidInputException.of(field, "'" + name + "' is not a number column; number columns: "
                    + String.join(", ", numbers));
        }
        return c;
    }
}
