package org.claimdesk.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimdesk.claim.Verdict;

/** Builds a schema.org ClaimReview (JSON-LD) for one published claim. */
final class ClaimReviews {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** An http(s) address with a host. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#@]+[^\\s]*");

    private final String baseUrl;
    private final String organization;

    /**
     * @param baseUrl where the desk is reached from outside ({@code claimdesk.export.base-url}): every
     *                link to a claim or article page starts with it
     */
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

    ObjectNode of(ReviewedClaim c) {
        ObjectNode review = NODES.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", baseUrl + "/articles/" + c.articleId() + "?claim=" + c.id());
        review.put("claimReviewed", ClaimRestatement.of(c.sentence(), c.quote(), c.quoteStart()));
        if (c.verdictExplanation() != null && !c.verdictExplanation().isBlank()) {
            review.put("reviewBody", c.verdictExplanation());
        }
        // the review was published when the claim was (its last change, since published claims are final)
        review.put("datePublished", c.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.set("author", NODES.objectNode().put("@type", "Organization").put("name", organization)
                .put("url", baseUrl + "/"));
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
        ClaimAuthor.of(c.speaker(), c.sentence()).ifPresent(author -> claim.set("author", NODES.objectNode()
                .put("@type", author.organization() ? "Organization" : "Person").put("name", author.name())));
        if (c.publishedAt() != null) {
            claim.put("datePublished", c.publishedAt().toString());
        }
        ObjectNode appearance = NODES.objectNode();
        appearance.put("@type", "NewsArticle");
        // where the claim appeared: the article's source when it is a web address, else its page here
        appearance.put("url", webAddress(c.articleUrl()) ? c.articleUrl().strip()
                : baseUrl + "/articles/" + c.articleId());
        appearance.put("headline", c.articleTitle());
        if (c.outlet() != null) {
            appearance.set("publisher", NODES.objectNode().put("@type", "Organization").put("name", c.outlet()));
        }
        claim.set("appearance", appearance);
        review.set("itemReviewed", claim);
        return review;
    }

    /** Only http(s) addresses are links: whatever else was stored (a javascript: URL) is not passed on. */
    static boolean webAddress(String url) {
        return url != null && WEB.matcher(url.strip()).matches();
    }

    /**
     * JSON-LD is pasted into pages inside {@code <script type="application/ld+json">}: {@code <},
     * {@code >} and {@code &} are written as {@code \\u003c}... so no {@code </script>} or comment
     * opener can appear raw, and U+2028/U+2029 so that the text is also valid JavaScript.
     */
    static final class HtmlSafe extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafe() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
