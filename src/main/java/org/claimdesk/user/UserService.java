package org.claimdesk.user;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Accounts: admins create them, change their roles, reset passwords and unlock names; every change
 * is audited in the same transaction. The rules for names and passwords live here, for the API and
 * the admin pages alike.
 */
@ApplicationScoped
public class UserService {

    static final int MAX_NAME = 64;
    static final int MIN_PASSWORD = 8;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

    @Inject
    AuditLog auditLog;

    @Inject
    LoginGuard loginGuard;

    @Inject
    ThrottledPasswordIdentityProvider signIns;

    @Transactional
    public User create(Actor actor, String username, String password, Set<Role> roles) {
        actor.require(ADMINS);
        return createAccount(actor.username(), username, password, roles, MIN_PASSWORD);
    }

    /**
     * The accounts the desk makes by itself: the first admin, and the demo accounts (whose shared
     * password "demo" is shorter than a real one may be: {@code minPassword}).
     */
    @Transactional
    User createAccount(String actor, String username, String password, Set<Role> roles, int minPassword) {
        String name = username(username);
        Inputs.password("password", password, minPassword);
        roles(roles);
        if (User.findByUsername(name).isPresent()) {
            throw new ConflictException("Username taken", "A user named '" + name + "' already exists.");
        }
        User user = User.create(name, password, roles);
        try {
            user.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // a concurrent request took the name between our check and the insert
            throw new ConflictException("Username taken", "A user named '" + name + "' already exists.");
        }
        auditLog.record(actor, "USER_CREATED", AuditLog.USER, user.id, null, user.auditView(), null);
        return user;
    }

    /** Gives an account exactly these roles; an admin cannot take the last admin's role away. */
    @Transactional
    public User setRoles(Actor actor, long id, Set<Role> roles) {
        actor.require(ADMINS);
        roles(roles);
        User user = load(id);
        Map<String, Object> before = user.auditView();
        if (user.roleSet().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && User.count("roles like ?1", "%" + Role.ADMIN.name() + "%") <= 1) {
            throw new ConflictException("Last admin", "At least one account must stay an admin.");
        }
        user.roles = Role.join(roles);
        auditLog.record(actor.username(), "USER_ROLES_SET", AuditLog.USER, user.id, before, user.auditView(), null);
        signIns.forget(user.username);
        return user;
    }

    /** Sets a new password for an account (the admin tells its owner); earlier sign-ins are forgotten. */
    @Transactional
    public User resetPassword(Actor actor, long id, String password) {
        actor.require(ADMINS);
        Inputs.password("password", password, MIN_PASSWORD);
        User user = load(id);
        user.passwordHash = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(password);
        auditLog.record(actor.username(), "USER_PASSWORD_RESET", AuditLog.USER, user.id, user.auditView(),
                user.auditView(), "password reset by an admin");
        signIns.forget(user.username);
        return user;
    }

    /** Lifts the lock on a name after too many failed sign-ins. */
    @Transactional
    public void unlock(Actor actor, long id) {
        actor.require(ADMINS);
        User user = load(id);
        loginGuard.recordSuccess(user.username);
        auditLog.record(actor.username(), "USER_UNLOCKED", AuditLog.USER, user.id, null, user.auditView(), null);
    }

    /** The actor for an account by name (the system acting on a user's behalf, e.g. the demo article). */
    public Optional<Actor> actorOf(String username) {
        return User.findByUsername(username).map(u -> new Actor(u.username, u.roleSet(), u.id));
    }

    /** Names of the accounts that review claims, for an editor handing a claim to one of them. */
    public List<String> reviewerNames() {
        return User.<User>list("order by username").stream().filter(u -> u.roleSet().contains(Role.REVIEWER))
                .map(u -> u.username).toList();
    }

    public List<User> list() {
        return User.listAll(Sort.by("username"));
    }

    /** Whether a name may belong to an account: what a sign-in checks before it asks the database. */
    public static boolean possibleName(String username) {
        return username != null && NAME.matcher(username).matches();
    }

    private static String username(String username) {
        String name = Inputs.required("username", username, MAX_NAME);
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.of("username", "may hold only letters, digits, '.', '_' and '-'");
        }
        return name;
    }

    private static void roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "give at least one of EDITOR, REVIEWER, ADMIN");
        }
    }

    private static User load(long id) {
        User user = User.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new NotFoundException("User " + id);
        }
        return user;
    }
}
