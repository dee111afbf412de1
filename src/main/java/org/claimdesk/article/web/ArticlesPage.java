package org.claimdesk.article.web;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.TooLargeException;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.article.ArticleInput;
import org.claimdesk.article.ArticleSearch;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleText;
import org.claimdesk.article.ImportJob;
import org.claimdesk.article.ImportService;
import org.claimdesk.article.rest.ArticleResource;
import org.claimdesk.core.Role;
import org.claimdesk.web.Flash;
import org.claimdesk.web.ProblemMapper;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The article list, the new-article form (paste or upload) and bulk import. */
@Path("/articles")
@RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
@Produces(MediaType.TEXT_HTML)
public class ArticlesPage {

    @Inject
    ArticleService articles;

    @Inject
    ImportService imports;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    /** What the editor typed into the new-article form, shown again when it is refused. */
    public record Form(String title, String outlet, String author, String url, String publishedAt, String text,
            String format) {
        static Form empty() {
            return new Form("", "", "", "", "", "", "TEXT");
        }
    }

    /** Search inputs, kept in the form and in page links. */
    public record Query(String q, String outlet, String from, String to) {
        public String link(int page) {
            StringBuilder b = new StringBuilder("/articles?page=").append(page);
            append(b, "q", q);
            append(b, "outlet", outlet);
            append(b, "from", from);
            append(b, "to", to);
            return b.toString();
        }

        private static void append(StringBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ArticleSearch.Page page, Query query, Form form, String flash,
                String error, String existing);

        static native TemplateInstance job(ImportJob job);

        static native TemplateInstance job$progress(ImportJob job);
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("outlet") String outlet,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("1") int page, @CookieParam(Flash.COOKIE) String flash) {
        Query query = new Query(q, outlet, from, to);
        ArticleSearch.Page results;
        String error = null;
        try {
            results = ArticleSearch.find(em, q, outlet, ArticleResource.parseDate(from), ArticleResource.parseDate(to),
                    Math.max(1, page));
        } catch (DomainException e) {
            error = e.getMessage();
            results = ArticleSearch.find(em, null, null, null, null, 1);
        }
        return Response.ok(Templates.list(results, query, Form.empty(), Flash.read(flash), error, null))
                .cookie(Flash.clear()).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(@RestForm String title, @RestForm String outlet, @RestForm String author,
            @RestForm String url, @RestForm String publishedAt, @RestForm String text,
            @RestForm @DefaultValue("TEXT") String format, @RestForm("file") FileUpload file) {
        Form form = new Form(title, outlet, author, url, publishedAt, text, format);
        try {
            ArticleText.Format kind;
            String raw;
            if (file != null && file.size() > 0) {
                kind = ArticleText.Format.ofFileName(file.fileName());
                raw = ArticleText.decode(read(file));
            } else {
                kind = parseFormat(format);
                raw = text;
            }
            String name = (title == null || title.isBlank()) && file != null ? file.fileName() : title;
            if (name == null || name.isBlank()) {
                throw InvalidInputException.of("title", "a title is required");
            }
            ArticleInput input = new ArticleInput(name, outlet, author, url, ArticleResource.parseDate(publishedAt),
                    raw, kind);
            long id = articles.ingest(identity.getPrincipal().getName(), input).article().id;
            return Response.seeOther(URI.create("/articles/" + id))
                    .cookie(Flash.set("Article stored; its claims are highlighted below.")).build();
        } catch (DomainException e) {
            String existing = e instanceof ConflictException c && c.location() != null
                    ? c.location().replace("/api", "") : null;
            ArticleSearch.Page results = ArticleSearch.find(em, null, null, null, null, 1);
            return Response.status(ProblemMapper.status(e))
                    .entity(Templates.list(results, new Query(null, null, null, null), form, null, e.getMessage(),
                            existing))
                    .build();
        }
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response bulkImport(@RestForm("files") List<FileUpload> files) {
        List<ImportService.Item> items = new ArrayList<>();
        int n = 0;
        for (FileUpload f : files == null ? List.<FileUpload>of() : files) {
            if (f.size() == 0) {
                continue;
            }
            String name = f.fileName();
            n++;
            try {
                String content = ArticleText.decode(read(f));
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
                    items.addAll(imports.readJsonLines(name, content));
                } else {
                    items.add(new ImportService.Item(n, name, new ArticleInput(name, null, null, null, null, content,
                            ArticleText.Format.ofFileName(name)), null));
                }
            } catch (DomainException e) {
                items.add(ImportService.Item.bad(n, name, e.getMessage()));
            }
        }
        if (items.isEmpty()) {
            return Response.seeOther(URI.create("/articles"))
                    .cookie(Flash.set("Choose one or more .txt, .html or .md files, or one .jsonl file.")).build();
        }
        ImportJob job = imports.start(identity.getPrincipal().getName(), items);
        return Response.seeOther(URI.create("/articles/jobs/" + job.id)).build();
    }

    @GET
    @Path("jobs/{id}")
    public TemplateInstance job(@PathParam("id") long id) {
        return Templates.job(imports.find(id).orElseThrow(() -> new NotFoundException("Import job " + id)));
    }

    /** The progress fragment the job page polls. */
    @GET
    @Path("jobs/{id}/progress")
    public TemplateInstance progress(@PathParam("id") long id) {
        return Templates.job$progress(imports.find(id).orElseThrow(() -> new NotFoundException("Import job " + id)));
    }

    private static ArticleText.Format parseFormat(String format) {
        try {
            return ArticleText.Format.valueOf(format == null ? "TEXT" : format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("format", "choose text, HTML or Markdown");
        }
    }

    static byte[] read(FileUpload file) {
        if (file.size() > ArticleText.MAX_BYTES) {
            throw new TooLargeException("Article too large", "'" + file.fileName() + "' is over 2 MB.");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
