package org.claimdesk.claim.web;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimSearch;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.Verdict;
import org.claimdesk.claim.rest.ClaimFilterParams;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.Inputs;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.web.Flash;
import org.jboss.resteasy.reactive.RestForm;

/** All claims across articles, filtered and paged by a stable cursor; editors publish approved ones here. */
@Path("/claims")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class ClaimsPage {

    static final int PAGE = 50;

    @Inject
    ClaimService claims;

    @Inject
    CurrentActor actor;

    @Inject
    EntityManager em;

    /** The list's inputs, kept in the form and the next-page link. */
    public record Query(ClaimFilterParams filters, String sort) {
        public String nextLink(String after) {
            String q = filters.query();
            return "/claims?after=" + java.net.URLEncoder.encode(after, java.nio.charset.StandardCharsets.UTF_8)
                    + "&sort=" + sort + (q.isEmpty() ? "" : "&" + q);
        }

        /** This list again, after an action on it. */
        public String self() {
            String q = filters.query();
            return "/claims?sort=" + sort + (q.isEmpty() ? "" : "&" + q);
        }
    }

    /** Claims ticked on the list for one action. */
    public record Bulk(@RestForm String action, @RestForm("ids") List<String> ids, @RestForm String back) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ClaimView> claims, String next, Query query,
                List<ClaimStatus> statuses, List<ClaimType> types, List<Verdict> verdicts,
                java.util.Set<Long> publishable, String flash, String error);
    }

    @GET
    public Response list(@BeanParam ClaimFilterParams filters, @QueryParam("sort") @DefaultValue("RECENT") String sort,
            @QueryParam("after") String after, @CookieParam(Flash.COOKIE) String flash,
            @CookieParam(Flash.ERROR_COOKIE) String error) {
        String s = safeSort(sort);
        Query query = new Query(filters, s);
        List<ClaimView> shown = List.of();
        java.util.Set<Long> publishable = new java.util.HashSet<>();
        String next = null;
        String problem = Flash.read(error);
        boolean refused = false;
        try {
            ClaimSearch.Page page = ClaimSearch.find(em, filters.filter(), ClaimSearch.Sort.valueOf(s), after, PAGE);
            shown = ClaimView.of(page.items());
            page.items().stream().filter(c -> claims.may(actor.get(), c, ClaimAction.PUBLISH))
                    .forEach(c -> publishable.add(c.id));
            next = page.next();
        } catch (DomainException e) {
            problem = e.detail();
            refused = true;
        }
        return Response.status(refused ? 400 : 200).entity(Templates.list(shown, next, query, Arrays.asList(ClaimStatus.values()),
                Arrays.asList(ClaimType.values()), Arrays.asList(Verdict.values()), publishable, Flash.read(flash),
                problem)).cookie(Flash.clear(), Flash.clearError()).build();
    }

    /** Publishes the approved claims ticked on the list (or the one whose button was pressed). */
    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@BeanParam Bulk form) {
        URI back = URI.create(form.back() != null && form.back().startsWith("/claims") ? form.back() : "/claims");
        try {
            List<Long> ids = form.ids() == null ? List.of()
                    : form.ids().stream().map(s -> Inputs.id("ids", s)).filter(Objects::nonNull).toList();
            if (ids.isEmpty()) {
                return Response.seeOther(back).cookie(Flash.error("Tick the approved claims to publish.")).build();
            }
            int n = claims.transitionEach(actor.get(), ids, ClaimAction.PUBLISH);
            return Response.seeOther(back).cookie(Flash.set(n + " claim" + (n == 1 ? "" : "s") + " published.")).build();
        } catch (org.claimdesk.core.NotPermittedException e) {
            throw e;
        } catch (DomainException e) {
            return Response.seeOther(back).cookie(Flash.error(e.detail())).build();
        }
    }

    private static String safeSort(String sort) {
        for (ClaimSearch.Sort s : ClaimSearch.Sort.values()) {
            if (s.name().equalsIgnoreCase(sort == null ? "" : sort.strip())) {
                return s.name();
            }
        }
        return ClaimSearch.Sort.RECENT.name();
    }
}
