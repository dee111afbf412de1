package org.claimdesk.article;

import org.claimdesk.core.Actor;
import org.claimdesk.core.DomainException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Bulk import: many files, or one JSON Lines file of articles, ingested one by one in the
 * background. A bad record is reported with its line (or file name) and does not stop the rest.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** One article to import, or the reason it cannot be read. */
    public record Item(int line, String name, ArticleInput input, String problem) {
        public static Item bad(int line, String name, String problem) {
            return new Item(line, name, null, problem);
        }
    }

    @Inject
    ArticleService articles;

    @Inject
    ManagedExecutor executor;

    @Inject
    ObjectMapper mapper;

    /** Reads a JSON Lines file: one article object per line, {title, outlet, author, url, publishedAt, text | html}. */
    public List<Item> readJsonLines(String name, String content) {
        List<Item> items = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            items.add(parseLine(i + 1, name, line));
        }
        return items;
    }

    private Item parseLine(int number, String name, String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (Exception e) {
            return Item.bad(number, name, "not valid JSON");
        }
        if (!node.isObject()) {
            return Item.bad(number, name, "not a JSON object");
        }
        String title = text(node, "title");
        if (title == null || title.isBlank()) {
            return Item.bad(number, name, "title is missing");
        }
        String text = text(node, "text");
        String html = text(node, "html");
        if ((text == null) == (html == null)) {
            return Item.bad(number, name, "give exactly one of text and html");
        }
        LocalDate published = null;
        String date = text(node, "publishedAt");
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return Item.bad(number, name, "publishedAt '" + date + "' is not a date like 2025-05-01");
            }
        }
        return new Item(number, name, new ArticleInput(title, text(node, "outlet"), text(node, "author"),
                text(node, "url"), published, text != null ? text : html,
                text != null ? ArticleText.Format.TEXT : ArticleText.Format.HTML), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Records the job and starts it in the background. */
    public ImportJob start(Actor actor, List<Item> items) {
        actor.require(java.util.EnumSet.of(org.claimdesk.core.Role.EDITOR, org.claimdesk.core.Role.ADMIN));
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob j = new ImportJob();
            j.createdBy = actor.username();
            j.status = ImportJob.Status.QUEUED;
            j.total = items.size();
            j.createdAt = Instant.now();
            j.persist();
            return j;
        });
        long id = job.id;
        executor.runAsync(() -> run(id, actor, items));
        return job;
    }

    public Optional<ImportJob> find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(ImportJob.findById(id)));
    }

    void run(long jobId, Actor actor, List<Item> items) {
        update(jobId, job -> job.status = ImportJob.Status.RUNNING);
        for (Item item : items) {
            Long articleId = null;
            String problem = item.problem();
            if (problem == null) {
                try {
                    articleId = articles.ingest(actor, item.input()).article().id;
                } catch (DomainException e) {
                    problem = e.getMessage();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "import job %d: record %d failed", jobId, item.line());
                    problem = "could not be stored";
                }
            }
            Long stored = articleId;
            String why = problem;
            update(jobId, job -> {
                job.processed++;
                if (why == null) {
                    job.succeeded++;
                    job.articleIds = append(job.articleIds, stored);
                } else {
                    job.failed++;
                    job.errors = append(job.errors, new ImportJob.RecordError(item.line(), item.name(), why));
                }
            });
        }
        update(jobId, job -> {
            job.status = ImportJob.Status.DONE;
            job.finishedAt = Instant.now();
        });
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list == null ? List.of() : list);
        copy.add(value);
        return copy;
    }

    private static void update(long jobId, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(ImportJob.findById(jobId)));
    }
}
