package org.claimdesk.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.claimdesk.core.Role;

/** The signed-in user as templates see it: {@code {inject:viewer.name}}, {@code {inject:viewer.editor}}. */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR_NAME) || isAdmin();
    }

    public boolean isReviewer() {
        return identity.hasRole(Role.REVIEWER_NAME) || isAdmin();
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }
}
