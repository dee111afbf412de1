package org.claimdesk.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.core.Actor;
import org.claimdesk.user.UserService;
import org.jboss.logging.Logger;

/**
 * Demo mode (embedded database) starts with one article of our own, so that a first look at the
 * desk has claims to check. Runs after the demo accounts exist.
 */
@ApplicationScoped
public class DemoArticle {

    static final String RESOURCE = "/demo/article.txt";

    private static final Logger LOG = Logger.getLogger(DemoArticle.class);

    @Inject
    ClaimDeskConfig config;

    @Inject
    ArticleService articles;

    @Inject
    UserService users;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        if (!config.database().embedded() || QuarkusTransaction.requiringNew().call(() -> Article.count() > 0)) {
            return;
        }
        String text = read();
        Actor editor = QuarkusTransaction.requiringNew().call(() -> users.actorOf("editor")).orElse(null);
        if (editor == null) {
            return;
        }
        long id = articles.ingest(editor, new ArticleInput("Ministers defend border figures (demo article)",
                "ClaimDesk demo", "ClaimDesk", null, LocalDate.now(), text, ArticleText.Format.TEXT)).article().id;
        LOG.infof("Demo article stored: /articles/%d", id);
    }

    private static String read() {
        try (InputStream in = DemoArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
