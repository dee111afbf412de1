package org.claimdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.claimdesk.claim.ArticleBodies;

/** Articles' stored text, for claims added by hand on a span of it. */
@ApplicationScoped
public class StoredArticleBodies implements ArticleBodies {

    @Override
    public Optional<String> body(long articleId) {
        return Optional.ofNullable(Article.<Article>findById(articleId)).map(a -> a.body);
    }
}
