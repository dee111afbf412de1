package org.claimdesk.export.rest;

import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimdesk.export.ExportFilter;

/** The filters every claim export takes, as query parameters (shared by the API and the export page). */
public class ExportParams {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("status")
    String status;

    @QueryParam("verdict")
    String verdict;

    @QueryParam("type")
    String type;

    @QueryParam("outlet")
    String outlet;

    @QueryParam("articleId")
    String articleId;

    public ExportFilter filter() {
        return ExportFilter.parse(from, to, status, verdict, type, outlet, articleId);
    }

    /** ClaimReview covers published claims only: a status filter does not apply. */
    public ExportFilter publishedFilter() {
        return ExportFilter.parse(from, to, null, verdict, type, outlet, articleId);
    }

    /** The values as typed, by parameter name, for a form that shows them again. */
    public Map<String, String> typed() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("status", status);
        values.put("verdict", verdict);
        values.put("type", type);
        values.put("outlet", outlet);
        values.put("articleId", articleId);
        values.values().removeIf(v -> v == null);
        return values;
    }
}
