package org.claimdesk.reference.check;

import java.util.List;

/**
 * A structured query over one dataset version: filters, a period and an aggregate. The same query
 * over the same version always gives the same value, which is what lets a second reviewer re-run it.
 *
 * @param versionId the dataset version; when null, {@code dataset} (and {@code version}, else the
 *                  latest) name it
 */
public record CheckQuery(Long versionId, String dataset, Integer version, List<Filter> filters, Period period,
        Aggregate aggregate) {

    public CheckQuery {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    public CheckQuery withVersion(long id, String name, int number) {
        return new CheckQuery(id, name, number, filters, period, aggregate);
    }
}
