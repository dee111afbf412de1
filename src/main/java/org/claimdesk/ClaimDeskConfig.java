package org.claimdesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** ClaimDesk's own settings ({@code claimdesk.*}); secrets come from the environment only. */
@ConfigMapping(prefix = "claimdesk")
public interface ClaimDeskConfig {

    Login login();

    Database database();

    Review review();

    Export export();

    Web web();

    /**
     * First admin's password on an external database ({@code CLAIMDESK_ADMIN_PASSWORD}); the app
     * refuses to start there without it while no admin exists.
     */
    @WithName("admin-password")
    Optional<String> adminPassword();

    interface Login {
        /** Failed sign-ins in a row that lock the name. */
        @WithDefault("5")
        int maxFailures();

        /** How long a lock lasts. */
        @WithDefault("PT15M")
        Duration lockDuration();
    }

    interface Review {
        /** How long a reviewer holds a claim taken from the queue before it goes back. */
        @WithDefault("PT30M")
        Duration lease();

        /** How long a claim an editor hands to a named reviewer stays with them before it goes back. */
        @WithDefault("P2D")
        Duration assignmentLease();

        /** How often expired leases are put back in the queue. */
        @WithDefault("15s")
        String leaseSweep();
    }

    interface Database {
        /** Set by the launcher when it started the embedded PostgreSQL: turns on demo mode. */
        @WithDefault("false")
        boolean embedded();
    }

    interface Web {
        /** Other origins allowed to post to the desk (scheme://host[:port]), besides its own. */
        Optional<java.util.List<String>> allowedOrigins();
    }

    interface Export {
        /** Where the desk is reached from outside: claim page links in ClaimReview exports start here. */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** The fact-checking organisation named as author of ClaimReview exports. */
        @WithDefault("ClaimDesk")
        String organization();
    }
}
