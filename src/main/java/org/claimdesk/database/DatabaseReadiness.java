package org.claimdesk.database;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the database answers within {@link DatabaseMonitor#PROBE_TIMEOUT}, so that readiness is
 * DOWN within a second of an outage. Replaces the datasource's own check, which waits for a pool
 * connection (seconds when the pool is busy or the server is gone). Asynchronous: never blocks the
 * event loop.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "Database";

    @Inject
    DatabaseMonitor monitor;

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(monitor::check)
                .map(up -> up ? HealthCheckResponse.up(NAME) : down("the database does not accept connections"))
                .ifNoItem().after(DatabaseMonitor.PROBE_TIMEOUT)
                .recoverWithItem(() -> down("the database did not answer within " + DatabaseMonitor.PROBE_TIMEOUT.toMillis() + " ms"))
                .onFailure().recoverWithItem(() -> down("the database check failed"));
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
