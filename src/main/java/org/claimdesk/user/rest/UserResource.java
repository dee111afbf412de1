package org.claimdesk.user.rest;

import org.claimdesk.core.InvalidInputException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimdesk.core.Role;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.user.User;
import org.claimdesk.user.UserService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts: admins create and list them; anyone signed in can ask who they are. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentActor actor;

    /** Body of {@code POST /api/users}. */
    public record NewUser(String username, String password, List<String> roles) {
    }

    /** A user as the API shows it: never the password hash. */
    public record UserView(long id, String username, Set<String> roles, Instant createdAt) {
        static UserView of(User user) {
            Set<String> roles = new TreeSet<>();
            user.roleSet().forEach(r -> roles.add(r.name()));
            return new UserView(user.id, user.username, roles, user.createdAt);
        }
    }

    /** Body of {@code GET /api/me}. */
    public record Me(String username, Set<String> roles) {
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a user with one or more roles (EDITOR, REVIEWER, ADMIN)")
    public Response create(@NotNull(message = "a JSON body is required") NewUser body) {
        User user = users.create(actor.get(), body.username(), body.password(), parseRoles(body.roles()));
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @GET
    @Path("users")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "List users")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GET
    @Path("me")
    @RolesAllowed("**")
    @Operation(summary = "The caller's name and roles")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }

    public static Set<Role> parseRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Role.parse(name).orElseThrow(() -> InvalidInputException.of("roles",
                    "unknown role '" + name + "'; use EDITOR, REVIEWER or ADMIN")));
        }
        return roles;
    }
}
