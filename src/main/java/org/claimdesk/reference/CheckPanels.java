package org.claimdesk.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.Actor;
import org.claimdesk.core.DomainException;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.reference.check.Aggregate;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.reference.check.CheckResult;
import org.claimdesk.reference.check.Filter;
import org.claimdesk.reference.check.Period;
import org.claimdesk.reference.check.Proposal;
import org.claimdesk.reference.table.ColumnKind;
import org.claimdesk.reference.table.ReferenceTable;

/**
 * What the review page shows of checks for one claim, built for the Qute tags
 * {@code checkPanel}, {@code checkBuilder} and {@code checkProposal}: the suggestions, the check
 * builder with its pickers and live result, the checks already attached, and the poll panel.
 */
@ApplicationScoped
public class CheckPanels {

    /** Filter rows the builder offers. */
    public static final int FILTER_ROWS = 3;
    /** A column offers a picker of its values when it has at most this many. */
    static final int MAX_PICKER = 1_000;

    @Inject
    SuggestionService suggestions;

    @Inject
    CheckService checks;

    @Inject
    PollService polls;

    @Inject
    TableCache cache;

    @Inject
    DemoDatasets demo;

    /** The builder's inputs as a form sends them; empty ones are left out. */
    public record BuilderInput(Long versionId, List<String> columns, List<String> values, String from, String to,
            String function, String column, String of) {
        public static final BuilderInput NONE = new BuilderInput(null, List.of(), List.of(), null, null, null, null,
                null);

        public boolean empty() {
            return versionId == null;
        }

        /** The query these inputs make. */
        public CheckQuery query() {
            List<Filter> filters = new ArrayList<>();
            for (int i = 0; i < Math.min(columns.size(), values.size()); i++) {
                String c = columns.get(i);
                String v = values.get(i);
                if (c != null && !c.isBlank() && v != null && !v.isBlank()) {
                    filters.add(Filter.eq(c, v));
                }
            }
            Period period = blank(from) && blank(to) ? null : new Period(blank(from) ? null : from.strip(),
                    blank(to) ? null : to.strip(), null);
            return new CheckQuery(versionId, null, null, filters, period,
                    new Aggregate(blank(function) ? "COUNT" : function, blank(column) ? null : column,
                            blank(of) ? null : of, null));
        }

        public static BuilderInput of(CheckQuery q) {
            List<String> cols = new ArrayList<>();
            List<String> vals = new ArrayList<>();
            for (Filter f : q.filters()) {
                if (f.values().size() == 1) {
                    cols.add(f.column());
                    vals.add(f.values().get(0));
                }
            }
            Aggregate a = q.aggregate();
            return new BuilderInput(q.versionId(), cols, vals, q.period() == null ? null : q.period().from(),
                    q.period() == null ? null : q.period().to(), a == null ? null : a.function(),
                    a == null ? null : a.column(), a == null ? null : a.of());
        }
    }

    /** A dataset version the builder can use. */
    public record DatasetOption(long versionId, String label, boolean selected) {
    }

    /** One filter row: its column, its value and the values to pick from. */
    public record FilterRow(int index, String column, String value, List<String> values) {
        /** 1-based, for labels. */
        public int number() {
            return index + 1;
        }
    }

    /** A choice in a select, and whether it is the one chosen. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The check builder's state, with the live result (or why there is none). */
    public record Builder(long claimId, List<DatasetOption> datasets, List<Option> textColumns,
            List<Option> functions, List<Option> numberColumns, List<Option> ofColumns, List<FilterRow> filters,
            String from, String to, String periodHint, CheckResult result, Proposal proposal, String error,
            boolean quarterly) {

        /** Where the builder's form attaches its check. */
        public String checksPath() {
            return "/checks/claims/" + claimId;
        }
    }

    /** A check attached to the claim, as the page lists it. */
    public record CheckRow(long id, String description, BigDecimal referenceValue, String unit, Verdict proposedVerdict,
            String rule, String periodMapping, String dataset, int version, String createdBy, boolean partial) {

        public String rerunPath() {
            return "/checks/" + id + "/rerun";
        }
    }

    /** Everything the tags show for one claim. */
    public record CheckPanel(long claimId, boolean canCheck, boolean pollClaim, List<Suggestion> suggestions,
            String suggestionsError, Builder builder, List<CheckRow> checks, PollService.PollView poll,
            List<Map.Entry<String, String>> pollParties) {

        /** Where a suggestion becomes a check. */
        public String checksPath() {
            return "/checks/claims/" + claimId;
        }

        public String pollPath() {
            return "/checks/claims/" + claimId + "/poll";
        }
    }

    /** The panel of a claim for {@code actor}; the builder starts from the top suggestion unless inputs are given. */
    public CheckPanel forClaim(Claim claim, Actor actor, BuilderInput input) {
        demo.awaitLoaded();
        boolean poll = claim.type == ClaimType.POLL_LEAD || claim.type == ClaimType.POLL_SHARE;
        List<Suggestion> suggested = List.of();
        String suggestionsError = null;
        if (!poll) {
            try {
                suggested = suggestions.forClaim(claim.id);
            } catch (DomainException e) {
                suggestionsError = e.getMessage();
            }
        }
        BuilderInput in = input;
        if ((in == null || in.empty()) && !suggested.isEmpty()) {
            in = BuilderInput.of(suggested.get(0).query());
        }
        Builder builder = builder(claim, in == null ? BuilderInput.NONE : in);
        List<CheckRow> rows = new ArrayList<>();
        for (Check c : checks.forClaim(claim.id)) {
            DatasetVersion v = DatasetVersion.findById(c.versionId);
            Dataset d = Dataset.findById(v.datasetId);
            rows.add(new CheckRow(c.id, c.description, c.referenceValue, c.unit, c.proposedVerdict, c.rule,
                    c.periodMapping, d.name, v.number, c.createdBy, c.partial));
        }
        PollService.PollView pollView = poll ? polls.forClaim(claim.id).orElse(null) : null;
        List<Map.Entry<String, String>> parties = new ArrayList<>();
        if (pollView != null) {
            pollView.shares().forEach((k, v) -> parties.add(Map.entry(k, v.stripTrailingZeros().toPlainString())));
        }
        while (parties.size() < 4) {
            parties.add(Map.entry("", ""));
        }
        boolean canCheck = actor.hasAny(java.util.Set.of(org.claimdesk.core.Role.REVIEWER,
                org.claimdesk.core.Role.ADMIN));
        return new CheckPanel(claim.id, canCheck, poll, suggested, suggestionsError, builder, rows, pollView, parties);
    }

    /** The builder for given inputs: pickers from the chosen version's columns and values, and the live result. */
    public Builder builder(Claim claim, BuilderInput in) {
        demo.awaitLoaded();
        List<DatasetOption> datasets = new ArrayList<>();
        for (Dataset d : Dataset.byName()) {
            for (DatasetVersion v : DatasetVersion.ofDataset(d.id)) {
                datasets.add(new DatasetOption(v.id, d.name + " v" + v.number + " (" + v.coverage + ")",
                        v.id.equals(in.versionId())));
            }
        }
        List<Option> functions = new ArrayList<>();
        for (Aggregate.Function f : Aggregate.Function.values()) {
            String chosen = in.function() == null ? "COUNT" : in.function();
            if (f != Aggregate.Function.PERCENT_CHANGE) {
                functions.add(new Option(f.name(), words(f), f.name().equalsIgnoreCase(chosen)));
            }
        }
        if (in.versionId() == null) {
            return new Builder(claim.id, datasets, List.of(), functions, List.of(), List.of(), emptyRows(), in.from(),
                    in.to(), null, null, null, null, false);
        }
        ReferenceTable t;
        try {
            t = cache.table(in.versionId());
        } catch (DomainException e) {
            return new Builder(claim.id, datasets, List.of(), functions, List.of(), List.of(), emptyRows(), in.from(),
                    in.to(), null, null, null, e.getMessage(), false);
        }
        List<Option> text = new ArrayList<>();
        List<Option> numbers = new ArrayList<>();
        List<Option> of = new ArrayList<>();
        for (org.claimdesk.reference.table.Column c : t.columns()) {
            if (c.kind() == ColumnKind.TEXT && t.distinct(c.name()).size() <= MAX_PICKER) {
                text.add(new Option(c.name(), c.name(), false));
            } else if (c.kind() == ColumnKind.NUMBER) {
                numbers.add(new Option(c.name(), c.name(), c.name().equalsIgnoreCase(in.column())));
                of.add(new Option(c.name(), c.name(), c.name().equalsIgnoreCase(in.of())));
            }
        }
        List<FilterRow> rows = new ArrayList<>();
        for (int i = 0; i < FILTER_ROWS; i++) {
            String col = i < in.columns().size() ? in.columns().get(i) : null;
            String val = i < in.values().size() ? in.values().get(i) : null;
            List<String> values = col == null || col.isBlank() || !t.hasColumn(col) ? List.of() : t.distinct(col);
            rows.add(new FilterRow(i, col, val, values));
        }
        String hint = t.grain() == ReferenceTable.Grain.NONE ? null
                : "The table covers " + org.claimdesk.reference.table.PeriodWords.coverage(t)
                        + ". Give years (2023), quarters (2023-Q2) or months (2024-07).";
        CheckResult result = null;
        Proposal proposal = null;
        String error = null;
        try {
            result = checks.run(in.query());
            proposal = checks.propose(claim, result);
        } catch (DomainException e) {
            error = e.getMessage();
        }
        return new Builder(claim.id, datasets, text, functions, numbers, of, rows, in.from(), in.to(), hint, result,
                proposal, error, t.grain() != ReferenceTable.Grain.NONE);
    }

    private static List<FilterRow> emptyRows() {
        List<FilterRow> rows = new ArrayList<>();
        for (int i = 0; i < FILTER_ROWS; i++) {
            rows.add(new FilterRow(i, null, null, List.of()));
        }
        return rows;
    }

    private static String words(Aggregate.Function f) {
        return switch (f) {
            case COUNT -> "count of rows";
            case SUM -> "sum of a column";
            case VALUE -> "value of one row";
            case SHARE -> "share: 100 \u00d7 sum of a column / sum of another";
            case PERCENT_CHANGE -> "percentage change";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
