package org.claimdesk.user;

import org.claimdesk.core.ConflictException;
import org.claimdesk.core.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import java.util.Set;
import org.claimdesk.audit.AuditLog;

/** Creates and lists accounts; every change is audited in the same transaction. */
@ApplicationScoped
public class UserService {

    @Inject
    AuditLog auditLog;

    @Transactional
    public User create(String actor, String username, String password, Set<Role> roles) {
        if (User.findByUsername(username).isPresent()) {
            throw new ConflictException("Username taken", "A user named '" + username + "' already exists.");
        }
        User user = User.create(username, password, roles);
        try {
            user.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // a concurrent request took the name between our check and the insert
            throw new ConflictException("Username taken", "A user named '" + username + "' already exists.");
        }
        auditLog.record(actor, "USER_CREATED", AuditLog.USER, user.id, null, user.auditView(), null);
        return user;
    }

    /** The actor for an account by name (the system acting on a user's behalf, e.g. the demo article). */
    public java.util.Optional<org.claimdesk.core.Actor> actorOf(String username) {
        return User.findByUsername(username)
                .map(u -> new org.claimdesk.core.Actor(u.username, u.roleSet(), u.id));
    }

    /** Names of the accounts that review claims, for an editor handing a claim to one of them. */
    public List<String> reviewerNames() {
        return User.<User>list("order by username").stream().filter(u -> u.roleSet().contains(Role.REVIEWER))
                .map(u -> u.username).toList();
    }

    public List<User> list() {
        return User.listAll(Sort.by("username"));
    }
}
