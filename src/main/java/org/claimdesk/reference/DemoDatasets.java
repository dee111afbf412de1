package org.claimdesk.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.reference.table.TableReaders;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Demo mode (embedded database) preloads copies of the four official tables shipped in the
 * project ({@code /reference/*.csv.gz}, attribution in {@code /reference/SOURCES.md}), so that the
 * demo article's claims can be checked at once. Only while no dataset exists, and in the
 * background: a start with the tables in place costs one count, a first start does not wait for
 * them; what needs them waits ({@link #awaitLoaded()}).
 */
@ApplicationScoped
public class DemoDatasets {

    /** One shipped table and the name it gets. */
    record Shipped(String name, String format, String resource) {
    }

    static final List<Shipped> TABLES = List.of(
            new Shipped("hoc-ge2024-results", "hoc-results", "/reference/hoc-ge2024-results-by-constituency.csv.gz"),
            new Shipped("hoc-ge2019-results", "hoc-results", "/reference/hoc-ge2019-results-by-constituency.csv.gz"),
            new Shipped("homeoffice-irregular-migration-detections", "homeoffice",
                    "/reference/homeoffice-irregular-migration-detections.csv.gz"),
            new Shipped("homeoffice-returns-by-destination", "homeoffice",
                    "/reference/homeoffice-returns-by-destination.csv.gz"));

    private static final Logger LOG = Logger.getLogger(DemoDatasets.class);
    private static final long WAIT_SECONDS = 120;

    @Inject
    ClaimDeskConfig config;

    @Inject
    DatasetService datasets;

    @Inject
    ManagedExecutor executor;

    private volatile CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StartupEvent event) {
        if (!config.database().embedded() || QuarkusTransaction.requiringNew().call(() -> Dataset.count() > 0)) {
            return;
        }
        loading = executor.runAsync(this::load);
    }

    /** Blocks until the demo tables are stored, when they are being loaded; returns at once otherwise. */
    public void awaitLoaded() {
        try {
            loading.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("demo reference tables are not available: " + e.getMessage());
        }
    }

    public boolean loading() {
        return !loading.isDone();
    }

    void load() {
        long started = System.nanoTime();
        for (Shipped s : TABLES) {
            DatasetService.Prepared p = datasets.read(new DatasetService.ImportRequest(s.name(), s.format(),
                    read(s.resource()), DatasetService.Provenance.NONE, null, TableReaders.Mapping.DEFAULT));
            datasets.store("system", p, n -> {
            });
        }
        LOG.infof("Demo reference tables stored in %d ms: /datasets", (System.nanoTime() - started) / 1_000_000);
    }

    static String read(String resource) {
        try (InputStream in = DemoDatasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            try (InputStream gz = new GZIPInputStream(in)) {
                return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
