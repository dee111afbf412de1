package org.claimdesk.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the claim exports. CSV and JSON Lines are each one {@code COPY (SELECT ...) TO STDOUT}:
 * PostgreSQL writes the cells (numbers bare, dates ISO 8601, formula-like text defused, JSON escaped)
 * and the app only passes the bytes on. The columns are tables below, one row per column.
 */
final class ExportStatements {

    private ExportStatements() {
    }

    /** How a CSV cell is written: text that a spreadsheet could run is defused, values are as they are. */
    enum Cell {
        TEXT, VALUE
    }

    record Column(String name, String sql, Cell cell) {
    }

    /**
     * First characters that make a spreadsheet read a cell as a formula (or, for tab and CR, hide
     * one): such text cells get a leading {@code '}. Numbers never pass through this, so negative
     * values stay numbers.
     */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * Settings of an export's transaction: it only reads, and writes times in UTC. Exports run on one core: a
     * parallel plan would repeat the evidence aggregate in every worker and funnel the wide rows
     * through one gather, costing more CPU than it saves where the app, the client and other requests
     * need the cores too.
     */
    static final List<String> SETTINGS = List.of("SET TRANSACTION READ ONLY", "SET LOCAL TimeZone = 'UTC'",
            "SET LOCAL max_parallel_workers_per_gather = 0");

    /**
     * A timestamp as ISO 8601 ("2026-01-15T09:30:00.123456+00:00", as JSON Lines has it): PostgreSQL's
     * own text of it in UTC (see {@link #SETTINGS}) with a T; a third of the cost of to_char.
     */
    private static String iso(String column) {
        return "replace(" + column + "::text, ' ', 'T') || ':00'";
    }

    private static Column text(String name, String sql) {
        return new Column(name, sql, Cell.TEXT);
    }

    private static Column value(String name, String sql) {
        return new Column(name, sql, Cell.VALUE);
    }

    /**
     * The CSV columns, in order; the header row is their names. The article's and the evidence's text
     * is defused where it is read ({@link #claims}), once per article or per claim with evidence
     * rather than once per row, so it is a value here.
     */
    static final List<Column> CSV = List.of(
            value("id", "c.id"),
            value("article_id", "c.article_id"),
            value("article_title", "a.title_cell"),
            value("outlet", "a.outlet_cell"),
            value("published_at", "a.published_at"),
            value("status", "c.status"),
            text("quote", "c.quote"),
            value("value", "c.value"),
            value("high", "c.high"),
            value("approx", "c.approx::text"),
            // a check constraint keeps bound to = > < >= <=, of which only = starts a formula
            value("bound", "CASE c.bound WHEN '=' THEN '''=' ELSE c.bound END"),
            text("unit", "c.unit"),
            value("type", "c.type"),
            text("speaker", "c.speaker"),
            text("hedges", "array_to_string(c.hedges, '; ')"),
            text("time_ref", "c.time_ref"),
            value("verdict", "c.verdict"),
            text("verdict_explanation", "c.verdict_explanation"),
            value("checkworthiness", "c.checkworthiness"),
            value("updated_at", iso("c.updated_at")),
            value("evidence_count", "coalesce(ev.n, 0)"),
            value("first_source_title", "ev.first_title"),
            value("first_source_url", "ev.first_url"),
            value("reference_value", "ev.reference_value"),
            value("reference_unit", "ev.reference_unit"));

    /** The JSON Lines fields, in order: the API's claim fields, the article's, then the evidence summary. */
    static final List<Column> JSON = List.of(
            value("id", "c.id"),
            value("articleId", "c.article_id"),
            value("status", "c.status"),
            value("origin", "c.origin"),
            value("quote", "c.quote"),
            value("start", "c.start_offset"),
            value("end", "c.end_offset"),
            value("sentence", "c.sentence"),
            value("value", "c.value"),
            value("high", "c.high"),
            value("approx", "c.approx"),
            value("bound", "c.bound"),
            value("unit", "c.unit"),
            value("type", "c.type"),
            value("speaker", "c.speaker"),
            value("hedges", "c.hedges"),
            value("timeRef", "c.time_ref"),
            value("change", "CASE WHEN c.change_role IS NOT NULL THEN json_build_object('from', c.change_from,"
                    + " 'to', c.change_to, 'by', c.change_by, 'direction', c.change_direction, 'role', c.change_role,"
                    + " 'claimId', c.change_claim_id) END"),
            value("checkworthiness", "c.checkworthiness"),
            value("assignee", "u.username"),
            // timestamps: row_to_json writes ISO 8601, in UTC by SETTINGS
            value("dueAt", "c.due_at"),
            // the API's rule: past due and not yet done (approved, published or rejected)
            value("overdue", "(c.due_at IS NOT NULL AND c.due_at < now()"
                    + " AND c.status NOT IN ('APPROVED', 'PUBLISHED', 'REJECTED'))"),
            value("verdict", "c.verdict"),
            value("verdictExplanation", "c.verdict_explanation"),
            value("statusReason", "c.status_reason"),
            value("version", "c.version"),
            value("articleTitle", "a.title"),
            value("outlet", "a.outlet"),
            value("publishedAt", "a.published_at"),
            value("updatedAt", "c.updated_at"),
            value("evidenceCount", "coalesce(ev.n, 0)"),
            value("firstSourceTitle", "ev.first_title"),
            value("firstSourceUrl", "ev.first_url"),
            value("referenceValue", "ev.reference_value"),
            value("referenceUnit", "ev.reference_unit"));

    /**
     * Per claim with evidence: how many, the first source (by when it was added) and the first
     * reference figure given, with its unit. Grouped once for the whole export and merged by claim
     * id, which costs far less than a lookup per claim.
     */
    private static String evidence(boolean defused) {
        return "SELECT e.claim_id, count(*) AS n,"
                + " " + cell(defused, "(array_agg(e.title ORDER BY e.id))[1]") + " AS first_title,"
                + " " + cell(defused, "(array_agg(e.url ORDER BY e.id))[1]") + " AS first_url,"
                + " (array_agg(e.reference_value ORDER BY e.id) FILTER (WHERE e.reference_value IS NOT NULL))[1]"
                + " AS reference_value,"
                + " " + cell(defused, "(array_agg(e.reference_unit ORDER BY e.id)"
                        + " FILTER (WHERE e.reference_value IS NOT NULL))[1]") + " AS reference_unit"
                + " FROM evidence e GROUP BY e.claim_id";
    }

    /**
     * Claims with their article and evidence summary. The article is a lateral subquery the planner
     * cannot flatten (OFFSET 0), so that its cached lookup (Memoize) holds the defused title and
     * outlet: computed once per article, not once per claim. The filter reads {@code a.outlet} as
     * stored.
     */
    private static String claims(boolean defused) {
        return " FROM claim c CROSS JOIN LATERAL (SELECT a.id, a.title, a.outlet, a.published_at, "
                + cell(defused, "a.title") + " AS title_cell, " + cell(defused, "a.outlet") + " AS outlet_cell"
                + " FROM article a WHERE a.id = c.article_id OFFSET 0) a"
                + " LEFT JOIN (" + evidence(defused) + ") ev ON ev.claim_id = c.id";
    }

    /** The CSV export: a header row, then one record per claim (PostgreSQL ends records with LF). */
    static String csv(ExportFilter filter) {
        String columns = CSV.stream().map(c -> cell(c.cell() == Cell.TEXT, c.sql()) + " AS " + quoted(c.name()))
                .collect(Collectors.joining(", "));
        return "COPY (SELECT " + columns + claims(true) + filter.where() + " ORDER BY c.id)"
                + " TO STDOUT WITH (FORMAT csv, HEADER)";
    }

    /**
     * The JSON Lines export: one {@code row_to_json} object per line. It is copied in CSV format with
     * a quote and a delimiter that JSON text never holds unescaped (0x01, 0x02), so the JSON comes out
     * byte for byte (COPY's text format would double every backslash).
     */
    static String jsonLines(ExportFilter filter) {
        String columns = JSON.stream().map(c -> c.sql() + " AS " + quoted(c.name()))
                .collect(Collectors.joining(", "));
        return "COPY (SELECT row_to_json(x) FROM (SELECT " + columns + claims(false)
                + " LEFT JOIN app_user u ON u.id = c.assignee_id" + filter.where() + ") x ORDER BY x.id)"
                + " TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')";
    }

    /** The columns {@link ReviewedClaim#read} expects, for ClaimReview (published claims only). */
    static String reviews(ExportFilter filter) {
        return "SELECT c.id, c.article_id, c.quote, c.start_offset, c.sentence, c.sentence_start, c.speaker,"
                + " c.verdict, c.verdict_explanation, c.updated_at, a.title, a.outlet, a.url, a.published_at"
                + " FROM claim c JOIN article a ON a.id = c.article_id" + filter.where() + " ORDER BY c.id";
    }

    /** The SQL of a cell; defused, a text starting like a formula gets a leading '. */
    private static String cell(boolean defused, String sql) {
        if (!defused) {
            return sql;
        }
        String codes = FORMULA_STARTS.chars().mapToObj(Integer::toString).collect(Collectors.joining(", "));
        // ascii() is the first character's code: one integer test per cell, no string functions
        return "CASE WHEN ascii(" + sql + ") IN (" + codes + ") THEN '''' || " + sql + " ELSE " + sql + " END";
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }
}
