package org.claimdesk.stats.rest;

import jakarta.ws.rs.QueryParam;
import org.claimdesk.stats.StatsFilter;

/** The dashboard's filters as query parameters, shared by the API and the page. */
public class StatsParams {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("outlet")
    String outlet;

    public StatsFilter filter() {
        return StatsFilter.parse(from, to, outlet);
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String outlet() {
        return outlet;
    }
}
