package org.claimdesk.stats.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.claimdesk.core.Actor;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.stats.StatsFilter;
import org.claimdesk.stats.StatsService;
import org.claimdesk.stats.StatsTables;

/** A table as a CSV download, for the API and the dashboard page alike. */
public final class StatsDownloads {

    public static final String CSV = "text/csv; charset=UTF-8";

    private StatsDownloads() {
    }

    /** The figures are computed before the first byte, so a bad filter or name is still a clean 4xx. */
    public static Response csv(StatsService stats, Actor actor, String table, StatsFilter filter) {
        if (!StatsTables.exists(table)) {
            throw new NotFoundException("Stats table " + table);
        }
        StatsTables.Table t = StatsTables.table(stats.compute(actor, filter), table).orElseThrow();
        StreamingOutput body = t::writeCsv;
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + t.file() + "\"").build();
    }
}
