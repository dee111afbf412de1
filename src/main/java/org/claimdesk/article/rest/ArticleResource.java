package org.claimdesk.article.rest;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleInput;
import org.claimdesk.article.ArticleSearch;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleText;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.Role;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Articles: ingest (with extraction in the same request), search and read with their claims. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    CurrentActor actor;

    @Inject
    EntityManager em;

    /** Body of {@code POST /api/articles}: exactly one of text and html. */
    public record NewArticle(String title, String outlet, String author, String url, LocalDate publishedAt,
            String text, String html) {
    }

    /** An article with its claims. */
    public record ArticleView(long id, String title, String outlet, String author, String url,
            LocalDate publishedAt, String sourceFormat, String contentHash, Instant createdAt, String text,
            List<ClaimView> claims) {
        static ArticleView of(Article a, List<Claim> claims) {
            return new ArticleView(a.id, a.title, a.outlet, a.author, a.url, a.publishedAt, a.sourceFormat,
                    a.contentHash, a.createdAt, a.body, ClaimView.of(claims));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Ingest an article (text or html); its claims are extracted and stored with it")
    public Response create(@NotNull(message = "a JSON body is required") NewArticle body) {
        boolean hasText = body.text() != null && !body.text().isEmpty();
        boolean hasHtml = body.html() != null && !body.html().isEmpty();
        if (hasText == hasHtml) {
            throw InvalidInputException.of("text", hasText ? "give text or html, not both" : "text or html is required");
        }
        ArticleInput input = new ArticleInput(body.title(), body.outlet(), body.author(), body.url(),
                body.publishedAt(), hasText ? body.text() : body.html(),
                hasText ? ArticleText.Format.TEXT : ArticleText.Format.HTML);
        return created(articles.ingest(actor.get(), input));
    }

    /**
     * The raw file as the body (plain text, HTML or Markdown) with its metadata as query parameters:
     * the API's upload, kept off form encodings so that it needs no page CSRF token.
     */
    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, "text/markdown" })
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Ingest a raw .txt, .html or .md body; title etc. as query parameters")
    public Response upload(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @QueryParam("title") String title, @QueryParam("outlet") String outlet,
            @QueryParam("author") String author, @QueryParam("url") String url,
            @QueryParam("publishedAt") String publishedAt) {
        ArticleText.Format format = switch (type.getSubtype()) {
            case "html" -> ArticleText.Format.HTML;
            case "markdown" -> ArticleText.Format.MARKDOWN;
            default -> ArticleText.Format.TEXT;
        };
        ArticleInput input = new ArticleInput(title, outlet, author, url, Inputs.date("publishedAt", publishedAt),
                ArticleText.decode(body), format);
        return created(articles.ingest(actor.get(), input));
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Search articles (full text over title and body), filter by outlet and date")
    public ArticleSearch.Page list(@QueryParam("q") String q, @QueryParam("outlet") String outlet,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("1") String page) {
        return ArticleSearch.find(em, q, outlet, Inputs.date("from", from), Inputs.date("to", to),
                ArticleSearch.page(page));
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    @Operation(summary = "An article with all its claims (candidates included, by status)")
    public ArticleView get(@PathParam("id") long id) {
        Article article = articles.find(id).orElseThrow(() -> new NotFoundException("Article " + id));
        return ArticleView.of(article, Claim.ofArticle(id));
    }

    private static Response created(ArticleService.Ingested ingested) {
        return Response.created(URI.create("/api/articles/" + ingested.article().id))
                .entity(ArticleView.of(ingested.article(), ingested.claims())).build();
    }
}
