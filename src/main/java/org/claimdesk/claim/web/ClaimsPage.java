package org.claimdesk.claim.web;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimdesk.claim.ClaimSearch;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.extraction.ClaimType;

/** All claims across articles, filtered and paged by a stable cursor. */
@Path("/claims")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class ClaimsPage {

    /** The filter form's values, kept in the next-page link. */
    public record Filters(String status, String type, String outlet, String speaker, String q, String articleId,
            String sort) {
        public String nextLink(String after) {
            StringBuilder b = new StringBuilder("/claims?after=").append(enc(after));
            add(b, "status", status);
            add(b, "type", type);
            add(b, "outlet", outlet);
            add(b, "speaker", speaker);
            add(b, "q", q);
            add(b, "articleId", articleId);
            add(b, "sort", sort);
            return b.toString();
        }

        private static void add(StringBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.append('&').append(name).append('=').append(enc(value));
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ClaimView> claims, String next, Filters filters,
                List<ClaimStatus> statuses, List<ClaimType> types, String error);
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("outlet") String outlet, @QueryParam("speaker") String speaker, @QueryParam("q") String q,
            @QueryParam("articleId") String articleId, @QueryParam("sort") @DefaultValue("RECENT") String sort,
            @QueryParam("after") String after) {
        Filters filters = new Filters(status, type, outlet, speaker, q, articleId, sort);
        List<ClaimStatus> statuses = Arrays.asList(ClaimStatus.values());
        List<ClaimType> types = Arrays.asList(ClaimType.values());
        try {
            ClaimSearch.Filter filter = new ClaimSearch.Filter(parse(ClaimStatus.class, "status", status),
                    parse(ClaimType.class, "type", type), articleId == null || articleId.isBlank() ? null
                            : parseLong(articleId), outlet, speaker, q, false);
            ClaimSearch.Page page = ClaimSearch.find(filter, parse(ClaimSearch.Sort.class, "sort", sort), after, 50);
            return Templates.list(ClaimView.of(page.items()), page.next(), filters, statuses, types, null);
        } catch (DomainException e) {
            return Templates.list(List.of(), null, filters, statuses, types, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "unknown value '" + value + "'");
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("articleId", "not an article number");
        }
    }
}
