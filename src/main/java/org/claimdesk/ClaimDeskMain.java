package org.claimdesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.claimdesk.database.EmbeddedDatabase;
import org.claimdesk.web.SessionKey;

/**
 * The one entry point. With arguments it runs a command-line tool and exits without starting the
 * server or a database; without arguments it serves, first starting the embedded PostgreSQL when
 * no external database is configured.
 */
@QuarkusMain
public final class ClaimDeskMain {

    public static void main(String... args) {
        if (args.length > 0) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        EmbeddedDatabase.startUnlessConfigured()
                .ifPresent(db -> SessionKey.useLocalKeyUnlessConfigured(db.dataDirectory().getParent()));
        Quarkus.run(args);
    }
}
