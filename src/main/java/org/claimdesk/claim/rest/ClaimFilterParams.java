package org.claimdesk.claim.rest;

import jakarta.ws.rs.QueryParam;
import org.claimdesk.claim.ClaimFilter;

/**
 * The claim filters as query parameters, for every list of claims: the API, the claims page, the
 * review queue and the exports read them through this one bean.
 */
public class ClaimFilterParams {

    @QueryParam("status")
    String status;

    @QueryParam("type")
    String type;

    @QueryParam("verdict")
    String verdict;

    @QueryParam("articleId")
    String articleId;

    @QueryParam("outlet")
    String outlet;

    @QueryParam("speaker")
    String speaker;

    @QueryParam("q")
    String q;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("overdue")
    boolean overdue;

    @QueryParam("candidates")
    boolean candidates;

    /** The filter; a value that does not parse is an InvalidInputException naming its field. */
    public ClaimFilter filter() {
        return ClaimFilter.parse(status, type, verdict, articleId, outlet, speaker, q, from, to, overdue, candidates);
    }

    /** The filters as a query string (without the leading '?'), for page links that keep them. */
    public String query() {
        StringBuilder b = new StringBuilder();
        add(b, "status", status);
        add(b, "type", type);
        add(b, "verdict", verdict);
        add(b, "articleId", articleId);
        add(b, "outlet", outlet);
        add(b, "speaker", speaker);
        add(b, "q", q);
        add(b, "from", from);
        add(b, "to", to);
        if (overdue) {
            add(b, "overdue", "true");
        }
        return b.toString();
    }

    public String status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String verdict() {
        return verdict;
    }

    public String articleId() {
        return articleId;
    }

    public String outlet() {
        return outlet;
    }

    public String speaker() {
        return speaker;
    }

    public String q() {
        return q;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public boolean overdue() {
        return overdue;
    }

    private static void add(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append(b.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
