package org.claimdesk.reference.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.reference.Dataset;
import org.claimdesk.reference.DatasetImport;
import org.claimdesk.reference.DatasetService;
import org.claimdesk.reference.DatasetVersion;
import org.claimdesk.reference.DemoDatasets;
import org.claimdesk.reference.Preview;
import org.claimdesk.reference.TableCache;
import org.claimdesk.reference.check.Filter;
import org.claimdesk.reference.rest.DatasetResource;
import org.claimdesk.reference.table.ColumnKind;
import org.claimdesk.reference.table.ReferenceTable;
import org.claimdesk.reference.table.TableFormat;
import org.claimdesk.reference.table.TableReaders;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.web.Flash;
import org.claimdesk.web.ProblemMapper;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Reference datasets: the list with the import form, import progress, and one dataset's versions and rows. */
@Path("/datasets")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class DatasetsPage {

    /** Rows per preview page. */
    static final int PAGE = 50;
    /** Columns with at most this many values get a filter picker on the preview. */
    static final int MAX_PICKER = 250;

    @Inject
    DatasetService datasets;

    @Inject
    Preview preview;

    @Inject
    TableCache cache;

    @Inject
    DemoDatasets demo;

    @Inject
    CurrentActor actor;

    /** The import form as typed, shown again when the file is refused. */
    public record Form(String name, String format, String publisher, String licence, String sourceUrl,
            String releaseDate, String election, String value, String year, String quarter, String date) {
        static Form empty() {
            return new Form("", "hoc-results", "", "", "", "", "", "", "", "", "");
        }
    }

    /** A column's filter picker on the preview. */
    public record Picker(String column, List<String> values, String selected) {
    }

    /** One dataset's page: versions, the version shown, its rows and filters. */
    public record DatasetPageView(Dataset dataset, List<DatasetVersion> versions, DatasetVersion version,
            Preview.Page page, List<Picker> pickers, String from, String to, boolean periods, String previous,
            String next, String error) {
        /** 1-based number of the first row shown. */
        public int firstRow() {
            return page.rows().isEmpty() ? 0 : page.offset() + 1;
        }

        public int lastRow() {
            return page.offset() + page.rows().size();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DatasetService.Summary> datasets, Form form, List<String> formats,
                boolean loading, String flash, String error);

        static native TemplateInstance dataset(DatasetPageView view);

        static native TemplateInstance job(DatasetImport job);

        static native TemplateInstance job$progress(DatasetImport job);
    }

    @GET
    public Response list(@CookieParam(Flash.COOKIE) String flash, @CookieParam(Flash.ERROR_COOKIE) String error) {
        return Response.ok(Templates.list(datasets.list(), Form.empty(), formats(), demo.loading(), Flash.read(flash),
                Flash.read(error))).cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm String name, @RestForm String format,
            @RestForm String publisher, @RestForm String licence, @RestForm String sourceUrl,
            @RestForm String releaseDate, @RestForm String election, @RestForm String value, @RestForm String year,
            @RestForm String quarter, @RestForm String date) {
        Form form = new Form(name, format, publisher, licence, sourceUrl, releaseDate, election, value, year, quarter,
                date);
        try {
            if (file == null || file.size() == 0) {
                throw InvalidInputException.of("file", "choose a CSV file");
            }
            String csv = read(file);
            String dataset = name == null || name.isBlank() ? file.fileName().replaceFirst("\\.csv$", "") : name;
            DatasetImport job = datasets.start(actor.get(), new DatasetService.ImportRequest(dataset, format, csv,
                    new DatasetService.Provenance(publisher, licence, sourceUrl, DatasetResource.date("releaseDate", releaseDate), null),
                    DatasetResource.date("election", election), new TableReaders.Mapping(blank(value), blank(year), blank(quarter),
                            blank(date))));
            return Response.seeOther(URI.create("/datasets/imports/" + job.id)).build();
        } catch (DomainException e) {
            return Response.status(ProblemMapper.status(e))
                    .entity(Templates.list(datasets.list(), form, formats(), demo.loading(), null, e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("imports/{id}")
    public TemplateInstance job(@PathParam("id") long id) {
        return Templates.job(datasets.job(id).orElseThrow(() -> new NotFoundException("Import " + id)));
    }

    /** The progress fragment the import page polls. */
    @GET
    @Path("imports/{id}/progress")
    public TemplateInstance progress(@PathParam("id") long id) {
        return Templates.job$progress(datasets.job(id).orElseThrow(() -> new NotFoundException("Import " + id)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance dataset(@PathParam("id") long id, @QueryParam("version") Integer version,
            @QueryParam("where") List<String> where, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        Dataset d = datasets.dataset(id);
        DatasetVersion v = datasets.version(id, version);
        List<DatasetVersion> versions = DatasetVersion.ofDataset(id);
        demo.awaitLoaded();
        ReferenceTable t = cache.table(v);
        List<Filter> filters;
        String error = null;
        Preview.Page page;
        try {
            filters = Preview.filters(where);
            page = preview.page(v, filters, from, to, Math.max(0, offset), PAGE);
        } catch (DomainException e) {
            error = e.getMessage();
            filters = List.of();
            page = preview.page(v, filters, null, null, 0, PAGE);
        }
        List<Picker> pickers = new ArrayList<>();
        for (org.claimdesk.reference.table.Column c : t.columns()) {
            List<String> values = t.distinct(c.name());
            if (c.kind() == ColumnKind.TEXT && values.size() > 1 && values.size() <= MAX_PICKER) {
                String selected = page.filters().stream().filter(f -> f.column().equals(c.name()))
                        .map(f -> f.values().get(0)).findFirst().orElse("");
                pickers.add(new Picker(c.name(), values, selected));
            }
        }
        String base = "/datasets/" + id + "?version=" + v.number + query(page.filters(), from, to);
        String previous = offset > 0 ? base + "&offset=" + Math.max(0, offset - PAGE) : null;
        String next = offset + PAGE < page.matching() ? base + "&offset=" + (offset + PAGE) : null;
        return Templates.dataset(new DatasetPageView(d, versions, v, page, pickers, from, to,
                t.grain() != ReferenceTable.Grain.NONE, previous, next, error));
    }

    private static String query(List<Filter> filters, String from, String to) {
        StringBuilder b = new StringBuilder();
        for (Filter f : filters) {
            for (String v : f.values()) {
                b.append("&where=").append(URLEncoder.encode(f.column() + ":" + v, StandardCharsets.UTF_8));
            }
        }
        if (from != null && !from.isBlank()) {
            b.append("&from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        if (to != null && !to.isBlank()) {
            b.append("&to=").append(URLEncoder.encode(to, StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static List<String> formats() {
        return java.util.Arrays.stream(TableFormat.values()).map(TableFormat::code).toList();
    }

    private static String read(FileUpload f) {
        try {
            return Files.readString(f.uploadedFile(), StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw InvalidInputException.of("file", "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
