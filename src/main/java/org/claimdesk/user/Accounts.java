package org.claimdesk.user;

import org.claimdesk.core.DomainException;
import org.claimdesk.core.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.EnumSet;
import java.util.List;
import org.claimdesk.ClaimDeskConfig;
import org.jboss.logging.Logger;

/**
 * The accounts ClaimDesk needs before anyone can sign in. On the embedded database with no users it
 * makes demo accounts (password {@code demo}); on an external database it makes the first admin
 * from {@code CLAIMDESK_ADMIN_PASSWORD} and refuses to start without it while no admin exists.
 */
@ApplicationScoped
public class Accounts {

    public static final String DEMO_PASSWORD = "demo";
    static final String SYSTEM_ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(Accounts.class);

    private record Demo(String username, EnumSet<Role> roles) {
    }

    private static final List<Demo> DEMO_USERS = List.of(
            new Demo("editor", EnumSet.of(Role.EDITOR)),
            new Demo("reviewer", EnumSet.of(Role.REVIEWER)),
            new Demo("reviewer2", EnumSet.of(Role.REVIEWER)),
            new Demo("admin", EnumSet.of(Role.ADMIN, Role.EDITOR, Role.REVIEWER)));

    @Inject
    ClaimDeskConfig config;

    @Inject
    UserService users;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (config.database().embedded()) {
            createDemoAccounts();
        } else {
            ensureFirstAdmin();
        }
    }

    void createDemoAccounts() {
        boolean empty = QuarkusTransaction.requiringNew().call(() -> User.count() == 0);
        if (!empty) {
            return;
        }
        for (Demo demo : DEMO_USERS) {
            users.createAccount(SYSTEM_ACTOR, demo.username(), DEMO_PASSWORD, demo.roles(), DEMO_PASSWORD.length());
        }
        String banner = "Demo mode (embedded database): sign in at /login as editor, reviewer, reviewer2 or admin,"
                + " password '" + DEMO_PASSWORD + "'.";
        LOG.info(banner);
        System.out.println(banner);
    }

    void ensureFirstAdmin() {
        boolean hasAdmin = QuarkusTransaction.requiringNew().call(() -> User.anyWithRole(Role.ADMIN));
        if (hasAdmin) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No admin exists in this database: set CLAIMDESK_ADMIN_PASSWORD to create the first admin ('admin')."));
        try {
            users.createAccount(SYSTEM_ACTOR, "admin", password, EnumSet.of(Role.ADMIN), UserService.MIN_PASSWORD);
            LOG.info("Created the first admin account 'admin' from CLAIMDESK_ADMIN_PASSWORD.");
        } catch (DomainException e) {
            // another replica starting at the same moment created it first
            LOG.info("The first admin account was created by another instance.");
        }
    }
}
