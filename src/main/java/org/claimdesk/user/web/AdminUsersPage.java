package org.claimdesk.user.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.Role;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.user.LoginThrottle;
import org.claimdesk.user.User;
import org.claimdesk.user.UserService;
import org.claimdesk.web.Flash;
import org.claimdesk.web.FormState;
import org.claimdesk.web.ProblemMapper;
import org.jboss.resteasy.reactive.RestForm;

/** Accounts for admins: create, change roles, reset a password, lift a sign-in lock. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AdminUsersPage {

    @Inject
    UserService users;

    @Inject
    CurrentActor actor;

    /** An account as the page lists it. */
    public record Row(long id, String username, Set<Role> roles, Instant createdAt, Instant lockedUntil) {
        public boolean has(Role role) {
            return roles.contains(role);
        }

        public String formName(String what) {
            return what + "-" + id;
        }

        public String path(String suffix) {
            return "/admin/users/" + id + suffix;
        }
    }

    public record NewUserForm(@RestForm String username, @RestForm String password, @RestForm("roles") List<String> roles) {
    }

    public record RolesForm(@RestForm("roles") List<String> roles) {
    }

    public record PasswordForm(@RestForm String password) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<Row> rows, List<Role> roles, FormState state, String flash,
                String error);
    }

    @GET
    public Response list(@CookieParam(Flash.COOKIE) String flash, @CookieParam(Flash.ERROR_COOKIE) String error) {
        return Response.ok(render(FormState.NONE, Flash.read(flash), Flash.read(error)))
                .cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NewUserForm form) {
        return act("new", form, () -> {
            User u = users.create(actor.get(), form.username(), form.password(), roles(form.roles()));
            return "Account " + u.username + " created.";
        });
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response roles(@PathParam("id") long id, @BeanParam RolesForm form) {
        return act("roles-" + id, form, () -> {
            User u = users.setRoles(actor.get(), id, roles(form.roles()));
            return "Roles of " + u.username + " saved.";
        });
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@PathParam("id") long id, @BeanParam PasswordForm form) {
        return act("password-" + id, form, () -> {
            User u = users.resetPassword(actor.get(), id, form.password());
            return "New password set for " + u.username + ".";
        });
    }

    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@PathParam("id") long id) {
        return act("unlock-" + id, null, () -> {
            users.unlock(actor.get(), id);
            return "Sign-in lock lifted.";
        });
    }

    private Response act(String formName, Record typed, Supplier<String> change) {
        try {
            return Response.seeOther(URI.create("/admin/users")).cookie(Flash.set(change.get())).build();
        } catch (DomainException e) {
            return Response.status(ProblemMapper.status(e)).entity(render(FormState.failed(formName, typed, e), null,
                    null)).build();
        }
    }

    private TemplateInstance render(FormState state, String flash, String error) {
        Instant now = Instant.now();
        List<Row> rows = users.list().stream().map(u -> {
            LoginThrottle t = LoginThrottle.findById(u.username);
            return new Row(u.id, u.username, u.roleSet(), u.createdAt, t != null && t.lockedAt(now) ? t.lockedUntil : null);
        }).toList();
        return Templates.users(rows, Arrays.asList(Role.values()), state, flash, error);
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> Role.parse(n).ifPresent(roles::add));
        }
        return roles;
    }
}
