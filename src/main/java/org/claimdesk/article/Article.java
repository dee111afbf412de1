package org.claimdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A news article as stored: its body is the text every claim offset refers to. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    public String outlet;

    public String author;

    public String url;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @Column(nullable = false)
    public String body;

    /** text, html or markdown: what the editor submitted before it became {@link #body}. */
    @Column(name = "source_format", nullable = false)
    public String sourceFormat;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<Article> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    /** What the audit log keeps of an article (the body is represented by its hash). */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("title", title);
        view.put("outlet", outlet);
        view.put("author", author);
        view.put("url", url);
        view.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        view.put("contentHash", contentHash);
        view.put("sourceFormat", sourceFormat);
        view.put("length", body == null ? 0 : body.length());
        return view;
    }
}
