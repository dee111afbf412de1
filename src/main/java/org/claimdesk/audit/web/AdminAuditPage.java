package org.claimdesk.audit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.claimdesk.audit.AuditChain;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.Role;

/**
 * The audit trail for admins: the head to keep elsewhere, a verification of the chain on request,
 * and the latest entries, filtered by entity.
 */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AdminAuditPage {

    static final int RECENT = 100;
    static final List<String> ENTITY_TYPES = List.of("ARTICLE", "CLAIM", "EVIDENCE", "COMMENT", "USER");

    @Inject
    AuditChain chain;

    /** The filter form's values. */
    public record Filter(String entityType, String entityId) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Optional<AuditChain.Head> head, AuditChain.Verification verification,
                List<AuditEntry> entries, Filter filter, List<String> types, String error);
    }

    @GET
    public Response page(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("verify") boolean verify) {
        Filter filter = new Filter(entityType, entityId);
        String error = null;
        List<AuditEntry> entries = List.of();
        try {
            String type = Inputs.text("entityType", entityType, 20);
            if (type != null && !ENTITY_TYPES.contains(type)) {
                throw org.claimdesk.core.InvalidInputException.of("entityType", "is not one of " + ENTITY_TYPES);
            }
            entries = AuditEntry.recent(type, Inputs.id("entityId", entityId), RECENT);
        } catch (DomainException e) {
            error = e.detail();
        }
        AuditChain.Verification verification = verify ? chain.verify(null) : null;
        return Response.status(error == null ? 200 : 400)
                .entity(Templates.audit(chain.head(), verification, entries, filter, ENTITY_TYPES, error)).build();
    }
}
