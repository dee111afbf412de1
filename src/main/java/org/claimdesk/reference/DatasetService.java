package org.claimdesk.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.table.Column;
import org.claimdesk.reference.table.ParsedTable;
import org.claimdesk.reference.table.PeriodWords;
import org.claimdesk.reference.table.ReferenceTable;
import org.claimdesk.reference.table.TableFormat;
import org.claimdesk.reference.table.TableReaders;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Imports reference tables: each import reads and checks the whole file first (a bad file is
 * refused naming its line and column, and nothing is stored), then stores it as a new version of
 * its dataset with its provenance, in one transaction with its audit entry.
 */
@ApplicationScoped
public class DatasetService {

    /** Who may import reference tables. */
    public static final Set<Role> IMPORTERS = Set.of(Role.REVIEWER, Role.ADMIN);
    /** The entity type of dataset versions in the audit log. */
    public static final String AUDIT_ENTITY = "DATASET";

    private static final Logger LOG = Logger.getLogger(DatasetService.class);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\d][\\p{L}\\d ._()\\-]{0,99}");
    private static final int CHUNK = 2_000;
    private static final int MAX_TEXT = 500;

    @Inject
    AuditLog auditLog;

    @Inject
    TableCache cache;

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    /** Where a table comes from; missing publisher and licence default to the format's publisher's. */
    public record Provenance(String publisher, String licence, String sourceUrl, LocalDate releaseDate,
            String attribution) {
        public static final Provenance NONE = new Provenance(null, null, null, null, null);
    }

    /** One import as asked for. {@code election}: polling day of a results table, when the file does not say. */
    public record ImportRequest(String name, String format, String csv, Provenance provenance, LocalDate election,
            TableReaders.Mapping mapping) {
    }

    /** A file read and checked, ready to store. */
    public record Prepared(String name, TableFormat format, ParsedTable table, Provenance provenance, String hash) {
    }

    /** What an import stored. */
    public record Imported(long id, String name, int version, long versionId, int rows, List<Column> columns,
            String coverage, String publisher, String licence) {
    }

    /** Reads and checks a file for {@code actor}: every refusal happens here, before anything is stored. */
    public Prepared prepare(Actor actor, ImportRequest in) {
        actor.require(IMPORTERS);
        return read(in);
    }

    Prepared read(ImportRequest in) {
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            throw InvalidInputException.of("name", "name the dataset (name=...)");
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.of("name", "up to 100 letters, digits, spaces and . _ ( ) -, starting with"
                    + " a letter or digit");
        }
        TableFormat format = TableFormat.of(in.format()).orElseThrow(() -> InvalidInputException.of("format",
                (in.format() == null || in.format().isBlank() ? "is required" : "unknown format '" + in.format() + "'")
                        + "; one of " + TableFormat.codes()));
        Provenance p = in.provenance() == null ? Provenance.NONE : in.provenance();
        org.claimdesk.core.Inputs.url("sourceUrl", p.sourceUrl());
        Provenance provenance = new Provenance(text(p.publisher(), format.defaultPublisher(), "publisher"),
                text(p.licence(), format.defaultLicence(), "licence"), text(p.sourceUrl(), null, "sourceUrl"),
                p.releaseDate(), text(p.attribution(), format.defaultAttribution(), "attribution"));
        ParsedTable table = TableReaders.read(format, in.csv(), name, in.election(), in.mapping());
        return new Prepared(name, format, table, provenance, sha256(in.csv()));
    }

    /** Reads, checks and stores in one call (the API and the command line). */
    public Imported importCsv(Actor actor, ImportRequest in) {
        Prepared prepared = prepare(actor, in);
        return store(actor.username(), prepared, n -> {
        });
    }

    /**
     * Stores a checked file as the next version of its dataset (creating the dataset on first
     * import), reporting rows stored to {@code progress}. Not public: callers go through
     * {@link #prepare}, which checks the actor's role.
     */
    @Transactional
    Imported store(String actor, Prepared p, IntConsumer progress) {
        em.createNativeQuery("INSERT INTO reference_dataset (name, format, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, now()) ON CONFLICT ((lower(name))) DO NOTHING")
                .setParameter(1, p.name()).setParameter(2, p.format().code()).setParameter(3, actor).executeUpdate();
        Dataset dataset = Dataset.findByName(p.name()).orElseThrow();
        em.lock(dataset, LockModeType.PESSIMISTIC_WRITE);
        if (!dataset.format.equals(p.format().code())) {
            throw new ConflictException("Dataset has another format", "Dataset '" + dataset.name + "' holds "
                    + dataset.format + " tables; import this " + p.format().code() + " file under another name.");
        }
        int number = DatasetVersion.latest(dataset.id).map(v -> v.number + 1).orElse(1);
        DatasetVersion v = new DatasetVersion();
        v.datasetId = dataset.id;
        v.number = number;
        v.publisher = p.provenance().publisher();
        v.licence = p.provenance().licence();
        v.sourceUrl = p.provenance().sourceUrl();
        v.releaseDate = p.provenance().releaseDate();
        v.attribution = p.provenance().attribution();
        v.title = p.table().meta().title();
        v.columns = ReferenceJson.write(p.table().columns());
        v.meta = ReferenceJson.write(p.table().meta());
        v.rowCount = p.table().size();
        v.coverage = "";
        v.contentHash = p.hash();
        v.importedBy = actor;
        v.importedAt = Instant.now();
        v.persistAndFlush();
        List<String[]> rows = p.table().rows();
        ReferenceTable table = new ReferenceTable(v.id, p.table().columns(), p.table().meta(), rows);
        v.coverage = PeriodWords.coverage(table);
        List<Integer> lines = p.table().lines();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int to = Math.min(rows.size(), from + CHUNK);
            List<Object[]> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                chunk.add(new Object[] { lines.get(i), rows.get(i) });
            }
            em.createNativeQuery("INSERT INTO reference_row (version_id, line, cells)"
                    + " SELECT ?1, (r->>0)::int, r->1 FROM jsonb_array_elements(CAST(?2 AS jsonb)) r")
                    .setParameter(1, v.id).setParameter(2, ReferenceJson.write(chunk)).executeUpdate();
            progress.accept(to);
        }
        auditLog.record(actor, "DATASET_IMPORTED", AUDIT_ENTITY, v.id, null, v.auditView(dataset.name),
                p.format().code() + " import of " + rows.size() + " rows");
        cache.put(table);
        return new Imported(dataset.id, dataset.name, number, v.id, v.rowCount, p.table().columns(), v.coverage,
                v.publisher, v.licence);
    }

    /**
     * Starts an import from the datasets page: the file is read and checked now (refusals come
     * back at once), its rows are stored in the background while the page shows progress.
     */
    public DatasetImport start(Actor actor, ImportRequest in) {
        Prepared prepared = prepare(actor, in);
        DatasetImport job = QuarkusTransaction.requiringNew().call(() -> {
            DatasetImport j = new DatasetImport();
            j.createdBy = actor.username();
            j.name = prepared.name();
            j.format = prepared.format().code();
            j.status = DatasetImport.Status.QUEUED;
            j.total = prepared.table().size();
            j.createdAt = Instant.now();
            j.persist();
            return j;
        });
        long id = job.id;
        executor.runAsync(() -> run(id, actor.username(), prepared));
        return job;
    }

    void run(long jobId, String actor, Prepared prepared) {
        update(jobId, j -> j.status = DatasetImport.Status.RUNNING);
        try {
            Imported done = store(actor, prepared, n -> update(jobId, j -> j.processed = n));
            update(jobId, j -> {
                j.status = DatasetImport.Status.DONE;
                j.processed = done.rows();
                j.datasetId = done.id();
                j.versionId = done.versionId();
                j.finishedAt = Instant.now();
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "dataset import %d failed", jobId);
            String why = e instanceof org.claimdesk.core.DomainException d ? d.detail()
                    : "the rows could not be stored; nothing was kept";
            update(jobId, j -> {
                j.status = DatasetImport.Status.FAILED;
                j.processed = 0;
                j.error = why;
                j.finishedAt = Instant.now();
            });
        }
    }

    public Optional<DatasetImport> job(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(DatasetImport.findById(id)));
    }

    private static void update(long jobId, java.util.function.Consumer<DatasetImport> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(DatasetImport.findById(jobId)));
    }

    // --- reading -------------------------------------------------------------------------------------

    /** A dataset with its latest version, for lists. */
    public record Summary(Dataset dataset, DatasetVersion latest, int versions) {
    }

    public List<Summary> list() {
        List<Summary> out = new ArrayList<>();
        for (Dataset d : Dataset.byName()) {
            List<DatasetVersion> versions = DatasetVersion.ofDataset(d.id);
            if (!versions.isEmpty()) {
                out.add(new Summary(d, versions.get(0), versions.size()));
            }
        }
        return out;
    }

    public Dataset dataset(long id) {
        Dataset d = Dataset.findById(id);
        if (d == null) {
            throw new NotFoundException("Dataset " + id);
        }
        return d;
    }

    /** A version by dataset and number (null: the latest). */
    public DatasetVersion version(long datasetId, Integer number) {
        dataset(datasetId);
        return (number == null ? DatasetVersion.latest(datasetId) : DatasetVersion.numbered(datasetId, number))
                .orElseThrow(() -> new NotFoundException("Version " + (number == null ? "" : number + " ")
                        + "of dataset " + datasetId));
    }

    private static String text(String value, String fallback, String field) {
        String v = value == null || value.isBlank() ? fallback : value.strip();
        if (v != null && v.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "may be at most " + MAX_TEXT + " characters");
        }
        return v;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
