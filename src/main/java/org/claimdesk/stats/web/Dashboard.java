package org.claimdesk.stats.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.stats.DeskStats;
import org.claimdesk.stats.DeskStats.StageTime;
import org.claimdesk.stats.rest.StatsParams;

/**
 * Everything the dashboard page shows: the filter form as typed (with an error by each field that
 * was wrong), the outlets to suggest, a few figures at a glance and the charts.
 *
 * @param charts empty when the filter was invalid
 */
public record Dashboard(Form form, List<String> outlets, List<Glance> glance, List<Chart> charts,
        String generatedAt) {

    public record Form(String from, String to, String outlet, String fromError, String toError, String outletError) {
    }

    public record Glance(String label, String value) {
    }

    static Dashboard of(StatsParams params, List<String> outlets, DeskStats stats) {
        return new Dashboard(form(params, null), outlets, glance(stats), Charts.all(stats, query(params)),
                Formats.minute(stats.period().generatedAt()));
    }

    static Dashboard invalid(StatsParams params, List<String> outlets, InvalidInputException e) {
        return new Dashboard(form(params, e), outlets, List.of(), List.of(), null);
    }

    private static Form form(StatsParams p, InvalidInputException e) {
        return new Form(blank(p.from()), blank(p.to()), blank(p.outlet()), e == null ? null : e.messageFor("from"),
                e == null ? null : e.messageFor("to"), e == null ? null : e.messageFor("outlet"));
    }

    private static List<Glance> glance(DeskStats s) {
        List<Glance> g = new ArrayList<>();
        g.add(new Glance("Came in", Formats.count(s.claimsByStatus().values().stream().mapToLong(Long::longValue).sum())));
        g.add(new Glance("Waiting for a reviewer", Formats.count(s.backlogAge().waiting()) + " ("
                + Formats.count(s.backlogAge().overdue()) + " overdue)"));
        StageTime total = s.stageTimes().stream().filter(t -> t.stage().equals("total")).findFirst().orElse(null);
        if (total != null) {
            g.add(new Glance("Published", Formats.count(total.claims())));
            g.add(new Glance("Submission to publication (median)", Formats.hours(total.medianHours())));
        }
        g.add(new Glance("Sent back at second review", Formats.share(s.rates().sendBack().rate())));
        return g;
    }

    /** The filter as a query string for the CSV links, "" when there is none. */
    static String query(StatsParams p) {
        List<String> parts = new ArrayList<>();
        add(parts, "from", p.from());
        add(parts, "to", p.to());
        add(parts, "outlet", p.outlet());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
