package org.claimdesk.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.core.Actor;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.Role;
import org.claimdesk.core.ConflictException;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.Change;
import org.claimdesk.extraction.Quantity;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Ingests articles: the text is normalised, stored once per content, and the extractor's results
 * are stored with it in the same transaction (claims as EXTRACTED, other quantities as CANDIDATE).
 */
@ApplicationScoped
public class ArticleService {

    static final String EXTRACTED = "EXTRACTED";
    static final int MAX_TITLE = 500;
    static final int MAX_NAME = 200;
    private static final java.util.Set<Role> EDITORS = java.util.EnumSet.of(Role.EDITOR, Role.ADMIN);

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager em;

    /** An ingested article and the claims stored with it. */
    public record Ingested(Article article, List<Claim> claims) {
    }

    /**
     * Stores an article with the claims found in it. The text is checked, normalised and read by the
     * extractor before any transaction starts; the article, its claims and their audit entries are
     * then written in one transaction (joining the caller's, if any) as batched inserts.
     */
    public Ingested ingest(Actor actor, ArticleInput input) {
        actor.require(EDITORS);
        String typedTitle = Inputs.text("title", input.title(), MAX_TITLE);
        String title = typedTitle != null ? typedTitle
                : Inputs.required("title", ArticleText.titleOf(input.raw(), input.format()), MAX_TITLE);
        Article article = new Article();
        article.title = title;
        article.outlet = Inputs.text("outlet", input.outlet(), MAX_NAME);
        article.author = Inputs.text("author", input.author(), MAX_NAME);
        article.url = Inputs.url("url", input.url());
        article.publishedAt = Inputs.date("publishedAt", input.publishedAt());
        article.body = ArticleText.body(input.raw(), input.format());
        article.sourceFormat = input.format().name().toLowerCase(Locale.ROOT);
        article.contentHash = contentHash(article.body);
        article.createdBy = actor.userId();
        List<Quantity> found = ClaimExtractor.DEFAULT.extract(article.body);
        return QuarkusTransaction.joiningExisting().call(() -> store(actor, article, found));
    }

    private Ingested store(Actor actor, Article article, List<Quantity> found) {
        Optional<Article> existing = Article.findByContentHash(article.contentHash);
        if (existing.isPresent()) {
            throw duplicate(existing.get());
        }
        article.createdAt = Instant.now();
        try {
            article.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // the same content was stored by a concurrent request
            String hash = article.contentHash;
            throw duplicate(QuarkusTransaction.requiringNew().call(() -> Article.findByContentHash(hash)).orElseThrow());
        }
        List<Claim> claims = new ArrayList<>(found.size());
        List<AuditLog.Change> changes = new ArrayList<>(found.size() + 1);
        changes.add(new AuditLog.Change(actor.username(), "ARTICLE_CREATED", AuditLog.ARTICLE, article.id, null,
                article.auditView(), null));
        for (Quantity q : found) {
            claims.add(fromQuantity(q, article.id, article.createdBy, article.createdAt));
        }
        Claim.reserveIds(claims);
        linkChanges(found, claims);
        Claim.insertAll(claims);
        for (Claim claim : claims) {
            changes.add(new AuditLog.Change(actor.username(), "CLAIM_EXTRACTED", AuditLog.CLAIM, claim.id, null,
                    claim.auditView(), null));
        }
        auditLog.recordAll(changes);
        return new Ingested(article, claims);
    }

    static Claim fromQuantity(Quantity q, long articleId, Long editorId, Instant now) {
        Claim c = new Claim();
        c.articleId = articleId;
        c.status = q.claim() ? ClaimStatus.EXTRACTED : ClaimStatus.CANDIDATE;
        c.origin = EXTRACTED;
        c.quote = q.quote();
        c.start = q.start();
        c.end = q.end();
        c.sentence = q.sentence();
        c.sentenceStart = q.sentenceStart();
        c.sentenceEnd = q.sentenceEnd();
        c.value = q.value();
        c.high = q.high();
        c.approx = q.approx();
        c.bound = q.bound() == null ? "=" : q.bound();
        c.unit = q.unit();
        c.type = ClaimType.of(q.type());
        c.speaker = q.speaker();
        c.hedges = q.hedges().toArray(String[]::new);
        c.timeRef = q.timeRef();
        c.checkworthiness = q.checkworthiness();
        Change change = q.change();
        if (change != null) {
            c.changeRole = change.role().name();
            c.changeDirection = change.direction() == null ? null : change.direction().name();
            c.changeFrom = change.from();
            c.changeTo = change.to();
            c.changeBy = change.by();
        }
        c.editorId = editorId;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** Points each end of a stated change at the claim stored for the other end (found by its span). */
    static void linkChanges(List<Quantity> found, List<Claim> claims) {
        Map<Long, Claim> bySpan = new HashMap<>();
        for (Claim c : claims) {
            bySpan.putIfAbsent(span(c.start, c.end), c);
        }
        for (int i = 0; i < found.size(); i++) {
            Change change = found.get(i).change();
            Claim other = change == null ? null : bySpan.get(span(change.linkedStart(), change.linkedEnd()));
            if (other != null && other != claims.get(i)) {
                claims.get(i).changeClaimId = other.id;
            }
        }
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    public Optional<Article> find(long id) {
        return Optional.ofNullable(Article.findById(id));
    }

    static String contentHash(String body) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static ConflictException duplicate(Article existing) {
        return new ConflictException("Article already stored",
                "This text is already stored as article " + existing.id + " (\"" + existing.title + "\").",
                "/api/articles/" + existing.id, List.of());
    }

}
