package org.claimdesk.claim;

import java.util.Optional;

/**
 * The stored text of an article, which a claim's offsets refer to: the article feature provides it,
 * so that claim never imports article (articles are ingested with their claims, not the reverse).
 */
@FunctionalInterface
public interface ArticleBodies {

    Optional<String> body(long articleId);
}
