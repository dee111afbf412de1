package org.claimdesk.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A named reference table (one official statistic in one shape); its data lives in its versions. */
@Entity
@Table(name = "reference_dataset")
public class Dataset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** The {@link org.claimdesk.reference.table.TableFormat} code every version was read with. */
    @Column(nullable = false)
    public String format;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Dataset> findByName(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    public static List<Dataset> byName() {
        return list("order by name");
    }
}
