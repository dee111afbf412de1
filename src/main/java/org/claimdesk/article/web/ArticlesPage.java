package org.claimdesk.article.web;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.TooLargeException;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
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
import org.claimdesk.core.Inputs;
import org.claimdesk.core.Role;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.web.Flash;
import org.claimdesk.web.FormState;
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
    CurrentActor actor;

    @Inject
    EntityManager em;

    /** The new-article form as posted (paste or upload); what was typed is shown again when it is refused. */
    public record NewArticleForm(@RestForm String title, @RestForm String outlet, @RestForm String author,
            @RestForm String url, @RestForm String publishedAt, @RestForm String text,
            @RestForm @DefaultValue("TEXT") String format, @RestForm("file") FileUpload file) {
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
        static native TemplateInstance list(ArticleSearch.Page page, Query query, FormState state, String flash,
                String error, String existing);

        static native TemplateInstance job(ImportJob job);

        static native TemplateInstance job$progress(ImportJob job);
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("outlet") String outlet,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("1") String page, @CookieParam(Flash.COOKIE) String flash) {
        Query query = new Query(q, outlet, from, to);
        ArticleSearch.Page results;
        String error = null;
        try {
            results = ArticleSearch.find(em, q, outlet, Inputs.date("from", from), Inputs.date("to", to),
                    ArticleSearch.page(page));
        } catch (DomainException e) {
            error = e.detail();
            results = ArticleSearch.find(em, null, null, null, null, 1);
        }
        return Response.status(error == null ? 200 : 400)
                .entity(Templates.list(results, query, FormState.NONE, Flash.read(flash), error, null))
                .cookie(Flash.clear()).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(@BeanParam NewArticleForm form) {
        try {
            ArticleText.Format kind;
            String raw;
            FileUpload file = form.file();
            boolean upload = file != null && file.size() > 0;
            if (upload) {
                kind = ArticleText.Format.ofFileName(file.fileName());
                raw = ArticleText.decode(read(file));
            } else {
                kind = Inputs.constant("format", ArticleText.Format.class, form.format());
                raw = form.text();
            }
            String title = form.title();
            if ((title == null || title.isBlank()) && upload && ArticleText.titleOf(raw, kind) == null) {
                title = file.fileName();
            }
            ArticleInput input = new ArticleInput(title, form.outlet(), form.author(), form.url(),
                    Inputs.date("publishedAt", form.publishedAt()), raw, kind == null ? ArticleText.Format.TEXT : kind);
            long id = articles.ingest(actor.get(), input).article().id;
            return Response.seeOther(URI.create("/articles/" + id))
                    .cookie(Flash.set("Article stored; its claims are highlighted below.")).build();
        } catch (DomainException e) {
            String existing = e instanceof ConflictException c && c.location() != null
                    ? c.location().replace("/api", "") : null;
            ArticleSearch.Page results = ArticleSearch.find(em, null, null, null, null, 1);
            return Response.status(ProblemMapper.status(e))
                    .entity(Templates.list(results, new Query(null, null, null, null),
                            FormState.failed("article", form, e), null, null, existing))
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
        ImportJob job = imports.start(actor.get(), items);
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
