package org.claimdesk.article.rest;

import org.claimdesk.core.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.claimdesk.article.ImportJob;
import org.claimdesk.article.ImportService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status of a background bulk import. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class JobResource {

    @Inject
    ImportService imports;

    public record JobView(long id, String status, int total, int processed, int succeeded, int failed,
            int percent, List<ImportJob.RecordError> errors, List<Long> articleIds, Instant createdAt,
            Instant finishedAt) {
        public static JobView of(ImportJob j) {
            return new JobView(j.id, j.status.name(), j.total, j.processed, j.succeeded, j.failed, j.percent(),
                    j.errors, j.articleIds, j.createdAt, j.finishedAt);
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public JobView get(@PathParam("id") long id) {
        return JobView.of(imports.find(id).orElseThrow(() -> new NotFoundException("Job " + id)));
    }
}
