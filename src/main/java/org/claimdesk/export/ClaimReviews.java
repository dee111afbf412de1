package org.claimdesk.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.Verdict;

/** Builds a schema.org ClaimReview (JSON-LD) for one published claim. */
final class ClaimReviews {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Speakers named like a body rather than a person are marked as an Organization. */
    private static final Pattern ORGANIZATION = Pattern.compile(
            "(?i)\\b(ministry|department|office|council|government|party|agency|commission|committee|bank|union"
                    + "|institute|association|authority|trust|board|service|police|operator|company|group)\\b");

    private final String baseUrl;
    private final String organization;

    ClaimReviews(String baseUrl, String organization) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.organization = organization;
    }

    /**
     * The rating scale, 5 best: a verdict that the figure holds rates high, one that it does not rates
     * low; UNSUPPORTED (no evidence either way) sits in the middle, between misleading and mostly
     * accurate.
     */
    static int rating(Verdict verdict) {
        return switch (verdict) {
            case ACCURATE -> 5;
            case MOSTLY_ACCURATE -> 4;
            case UNSUPPORTED -> 3;
            case MISLEADING -> 2;
            case INACCURATE -> 1;
        };
    }

    /** The verdict in words, as reviewRating.alternateName. */
    static String words(Verdict verdict) {
        String s = verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    ObjectNode of(ClaimRow row) {
        ClaimView c = row.claim();
        String pageUrl = baseUrl + "/articles/" + c.articleId() + "?claim=" + c.id();
        ObjectNode review = NODES.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", pageUrl);
        review.put("claimReviewed", c.sentence() != null ? c.sentence() : c.quote());
        // the review was published when the claim was (its last change, since published claims are final)
        review.put("datePublished", row.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.set("author", NODES.objectNode().put("@type", "Organization").put("name", organization));
        if (c.verdict() != null) {
            ObjectNode rating = NODES.objectNode();
            rating.put("@type", "Rating");
            rating.put("ratingValue", rating(c.verdict()));
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
            rating.put("alternateName", words(c.verdict()));
            review.set("reviewRating", rating);
        }
        ObjectNode claim = NODES.objectNode();
        claim.put("@type", "Claim");
        if (c.speaker() != null && !c.speaker().isBlank()) {
            claim.set("author", NODES.objectNode()
                    .put("@type", ORGANIZATION.matcher(c.speaker()).find() ? "Organization" : "Person")
                    .put("name", c.speaker()));
        }
        if (row.publishedAt() != null) {
            claim.put("datePublished", row.publishedAt().toString());
        }
        ObjectNode appearance = NODES.objectNode();
        appearance.put("@type", "NewsArticle");
        // where the claim appeared: the article's source, else its page on this desk
        appearance.put("url", row.articleUrl() != null && !row.articleUrl().isBlank() ? row.articleUrl()
                : baseUrl + "/articles/" + c.articleId());
        appearance.put("headline", row.articleTitle());
        if (row.outlet() != null) {
            appearance.set("publisher", NODES.objectNode().put("@type", "Organization").put("name", row.outlet()));
        }
        claim.set("appearance", appearance);
        review.set("itemReviewed", claim);
        return review;
    }
}
