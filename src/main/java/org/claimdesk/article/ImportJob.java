package org.claimdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bulk import running in the background, with its progress and the records that failed. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE }

    /** A record that could not be imported: where it was and why. */
    public record RecordError(int line, String name, String message) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    public int total;
    public int processed;
    public int succeeded;
    public int failed;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<RecordError> errors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "article_ids")
    public List<Long> articleIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public int percent() {
        return total == 0 ? 100 : (int) (100L * processed / total);
    }
}
