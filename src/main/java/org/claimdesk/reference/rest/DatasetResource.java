package org.claimdesk.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.Dataset;
import org.claimdesk.reference.DatasetService;
import org.claimdesk.reference.DatasetVersion;
import org.claimdesk.reference.Preview;
import org.claimdesk.reference.table.Column;
import org.claimdesk.reference.table.TableReaders;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference datasets: import a CSV as a new version, list them, read a version's rows. */
@Path("/api/datasets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class DatasetResource {

    @Inject
    DatasetService datasets;

    @Inject
    Preview preview;

    @Inject
    CurrentActor actor;

    /** What an import stored. */
    public record Imported(long id, String name, int version, int rows, long versionId, String publisher,
            String licence, String coverage, List<Column> columns) {
    }

    /** A version with its provenance. */
    public record VersionView(long id, int version, String publisher, String licence, String sourceUrl,
            LocalDate releaseDate, String attribution, String title, int rows, String contentHash, String importedBy,
            Instant importedAt, List<Column> columns) {
        static VersionView of(DatasetVersion v) {
            return new VersionView(v.id, v.number, v.publisher, v.licence, v.sourceUrl, v.releaseDate, v.attribution,
                    v.title, v.rowCount, v.contentHash, v.importedBy, v.importedAt, v.columnList());
        }
    }

    public record DatasetView(long id, String name, String format, List<VersionView> versions) {
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Import a CSV as the next version of a dataset (format hoc-results, homeoffice or long);"
            + " provenance and, for long tables, the column mapping as query parameters")
    public Response create(@QueryParam("name") String name, @QueryParam("format") String format,
            @QueryParam("publisher") String publisher, @QueryParam("licence") String licence,
            @QueryParam("sourceUrl") String sourceUrl, @QueryParam("releaseDate") String releaseDate,
            @QueryParam("attribution") String attribution, @QueryParam("election") String election,
            @QueryParam("value") String value, @QueryParam("year") String year,
            @QueryParam("quarter") String quarter, @QueryParam("date") String date, String body) {
        DatasetService.ImportRequest request = new DatasetService.ImportRequest(name, format, body,
                new DatasetService.Provenance(publisher, licence, sourceUrl, date("releaseDate", releaseDate),
                        attribution),
                date("election", election), new TableReaders.Mapping(value, year, quarter, date));
        DatasetService.Imported done = datasets.importCsv(actor.get(), request);
        return Response.created(URI.create("/api/datasets/" + done.id()))
                .entity(new Imported(done.id(), done.name(), done.version(), done.rows(), done.versionId(),
                        done.publisher(), done.licence(), done.coverage(), done.columns()))
                .build();
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Every dataset with its versions, newest first")
    public List<DatasetView> list() {
        return datasets.list().stream().map(s -> view(s.dataset())).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public DatasetView one(@PathParam("id") long id) {
        return view(datasets.dataset(id));
    }

    @GET
    @Path("{id}/rows")
    @RolesAllowed("**")
    @Operation(summary = "Rows of a version (default the latest), filtered by column=value pairs (where=Column:value)"
            + " and a period (from, to)")
    public Preview.Page rows(@PathParam("id") long id, @QueryParam("version") Integer version,
            @QueryParam("where") List<String> where, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        DatasetVersion v = datasets.version(id, version);
        return preview.page(v, Preview.filters(where), from, to, offset, limit);
    }

    private static DatasetView view(Dataset d) {
        return new DatasetView(d.id, d.name, d.format,
                DatasetVersion.ofDataset(d.id).stream().map(VersionView::of).toList());
    }

    /** A day from a query or form field, or null when empty; a clear 400 otherwise. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "not a date like 2024-07-04");
        }
    }
}
