package org.claimdesk.article.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.claimdesk.article.ArticleText;
import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.Quantity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the extractor on posted text and answers the claims; stores nothing. */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
@Tag(name = "Extraction")
public class ExtractResource {

    /** JSON body: the article text. */
    public record TextBody(String text) {
    }

    public record Extracted(List<Quantity> claims) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the numeric claims of a text (all=true: every quantity); nothing is stored")
    public Extracted fromJson(TextBody body, @QueryParam("all") boolean all) {
        String text = ArticleText.body(body == null ? null : body.text(), ArticleText.Format.TEXT);
        return extract(text, all);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Extract from plain text")
    public Extracted fromText(byte[] body, @QueryParam("all") boolean all) {
        return extract(ArticleText.body(ArticleText.decode(body), ArticleText.Format.TEXT), all);
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Extract from HTML (cleaned first; offsets refer to the cleaned text)")
    public Extracted fromHtml(byte[] body, @QueryParam("all") boolean all) {
        return extract(ArticleText.body(ArticleText.decode(body), ArticleText.Format.HTML), all);
    }

    private static Extracted extract(String text, boolean all) {
        ClaimExtractor extractor = ClaimExtractor.DEFAULT;
        return new Extracted(all ? extractor.extract(text) : extractor.extractClaims(text));
    }
}
