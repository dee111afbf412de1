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

    public List<User> list() {
        return User.listAll(Sort.by("username"));
    }
}
