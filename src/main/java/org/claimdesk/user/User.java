package org.claimdesk.user;

import org.claimdesk.core.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An account. Active-record style: finders are static methods named for their intent. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    /** bcrypt in modular crypt form; never leaves the server. */
    @Password
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Roles
    @Column(nullable = false)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static User create(String username, String password, Set<Role> roles) {
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles = Role.join(roles);
        user.createdAt = Instant.now();
        return user;
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The id of the account with this name, without loading the account. */
    public static Optional<Long> idOf(String username) {
        return getEntityManager().createQuery("select u.id from User u where u.username = :name", Long.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    public static boolean anyWithRole(Role role) {
        // roles is a short comma list; a LIKE on it is exact because no role name contains another
        return count("roles like ?1", "%" + role.name() + "%") > 0;
    }

    public Set<Role> roleSet() {
        return Role.split(roles);
    }

    /** What the audit log keeps of a user: never the password hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("username", username);
        view.put("roles", roles);
        return view;
    }
}
