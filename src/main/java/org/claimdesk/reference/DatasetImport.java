package org.claimdesk.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dataset import started from the page, storing rows in the background; the page shows its progress. */
@Entity
@Table(name = "reference_import")
public class DatasetImport extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int total;

    public int processed;

    public String error;

    @Column(name = "dataset_id")
    public Long datasetId;

    @Column(name = "version_id")
    public Long versionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public int percent() {
        return total == 0 ? 100 : (int) (100L * processed / total);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
