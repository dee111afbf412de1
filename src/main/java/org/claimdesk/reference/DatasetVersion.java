package org.claimdesk.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.reference.table.TableMeta;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One import of a dataset, with its provenance. Never changed once stored: checks name the version
 * they used, so a later release with revised figures is a new version beside this one.
 */
@Entity
@Table(name = "reference_version")
public class DatasetVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dataset_id", nullable = false)
    public Long datasetId;

    /** 1, 2, ... within the dataset. */
    @Column(nullable = false)
    public int number;

    public String publisher;

    public String licence;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    public String attribution;

    public String title;

    /** [{name, kind}] as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String columns;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String meta;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    /** The period the rows cover, in words. */
    @Column(nullable = false)
    public String coverage;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    public static List<DatasetVersion> ofDataset(long datasetId) {
        return list("datasetId = ?1 order by number desc", datasetId);
    }

    public static Optional<DatasetVersion> latest(long datasetId) {
        return find("datasetId = ?1 order by number desc", datasetId).firstResultOptional();
    }

    public static Optional<DatasetVersion> numbered(long datasetId, int number) {
        return find("datasetId = ?1 and number = ?2", datasetId, number).firstResultOptional();
    }

    /** The newest version of every dataset. */
    public static List<DatasetVersion> latestOfEach() {
        return list("from DatasetVersion d where d.number = (select max(v.number) from DatasetVersion v"
                + " where v.datasetId = d.datasetId) order by d.datasetId");
    }

    public List<org.claimdesk.reference.table.Column> columnList() {
        return ReferenceJson.read(columns, new TypeReference<List<org.claimdesk.reference.table.Column>>() {
        });
    }

    public TableMeta tableMeta() {
        return ReferenceJson.read(meta, TableMeta.class);
    }

    /** What the audit log keeps of a version: its provenance and size, not its rows. */
    public Map<String, Object> auditView(String datasetName) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("dataset", datasetName);
        view.put("datasetId", datasetId);
        view.put("version", number);
        view.put("publisher", publisher);
        view.put("licence", licence);
        view.put("sourceUrl", sourceUrl);
        view.put("releaseDate", releaseDate == null ? null : releaseDate.toString());
        view.put("rows", rowCount);
        view.put("coverage", coverage);
        view.put("contentHash", contentHash);
        return view;
    }
}
