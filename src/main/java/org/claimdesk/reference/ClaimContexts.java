package org.claimdesk.reference;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.claimdesk.article.Article;
import org.claimdesk.claim.Claim;
import org.claimdesk.reference.suggest.ClaimContext;

/** A stored claim and its article as the suggester and the comparison read them. */
final class ClaimContexts {

    /** How much of the article before the sentence is read for a subject named earlier. */
    private static final int BEFORE = 400;

    private ClaimContexts() {
    }

    static ClaimContext of(Claim claim, Article article) {
        String sentence = claim.sentence == null ? claim.quote : claim.sentence;
        int at = claim.sentenceStart == null ? sentence.indexOf(claim.quote) : claim.start - claim.sentenceStart;
        String before = "";
        if (article != null && claim.sentenceStart != null && article.body != null
                && claim.sentenceStart <= article.body.length()) {
            before = article.body.substring(Math.max(0, claim.sentenceStart - BEFORE), claim.sentenceStart);
        }
        return new ClaimContext(claim.quote, sentence, at, claim.value, claim.high, claim.bound, claim.approx,
                claim.unit, claim.type, date(article), before);
    }

    /** The article's publication day, else the day it was stored. */
    static LocalDate date(Article article) {
        if (article == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        if (article.publishedAt != null) {
            return article.publishedAt;
        }
        return article.createdAt == null ? LocalDate.now(ZoneOffset.UTC)
                : article.createdAt.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
