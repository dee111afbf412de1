package org.claimdesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.claimdesk.database.EmbeddedServer;
import org.claimdesk.web.SessionKey;

/**
 * The one entry point. With arguments it runs a command-line tool and exits without starting the
 * server; without arguments it serves, starting the embedded PostgreSQL beside Quarkus when no
 * external database is configured.
 */
@QuarkusMain
public final class ClaimDeskMain {

    public static void main(String... args) {
        if (args.length > 0) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        boolean training = AppCdsTraining.requested();
        if (training) {
            AppCdsTraining.prepare();
        }
        EmbeddedServer.startUnlessConfigured().ifPresent(SessionKey::useLocalKeyUnlessConfigured);
        if (training) {
            Quarkus.run(AppCdsTraining.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
