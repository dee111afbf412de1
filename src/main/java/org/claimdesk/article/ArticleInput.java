package org.claimdesk.article;

import java.time.LocalDate;

/** An article as an editor submits it, already checked for shape (see the API and page forms). */
public record ArticleInput(String title, String outlet, String author, String url, LocalDate publishedAt,
        String raw, ArticleText.Format format) {
}
