package org.claimdesk;

import java.io.PrintStream;
import org.claimdesk.audit.AuditTrailCli;
import org.claimdesk.database.cli.DatabaseCli;
import org.claimdesk.extraction.cli.ExtractionCli;
import org.claimdesk.reference.DatasetCli;

/** Command-line tools that run without the server (backup and restore use the embedded database). */
public final class Commands {

    private Commands() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        switch (args[0]) {
            case "extract", "evaluate", "bench":
                return ExtractionCli.run(args, out, err);
            case "verify-audit":
                return AuditTrailCli.run(args, out, err);
            case "import-dataset":
                return DatasetCli.run(args, out, err);
            case "backup", "restore":
                return DatabaseCli.run(args, out, err);
            case "help", "--help", "-h":
                out.println(usage());
                return 0;
            default:
                err.println("Unknown command '" + args[0] + "'.");
                err.println(usage());
                return 2;
        }
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar target/quarkus-app/quarkus-run.jar [COMMAND [ARGS...]]",
                "  (no command)                       start the ClaimDesk server",
                "  extract [--all|--quantities] [--threads N] FILE|DIR...",
                "                                     print the numeric claims (--all: every quantity) as JSON Lines",
                "  evaluate --gold DIR [--text DIR]   score extraction against gold NAME.json files",
                "  bench [--mb N] [--write-files DIR] extraction throughput on synthetic text",
                "  verify-audit FILE.jsonl [--head HASH]  check an exported audit trail (no server, no database)",
                "  import-dataset FILE --name N --format F [--check] [--url U] [--user U] ...",
                "                                     check a reference table offline, or import it into a running desk",
                "  backup FILE                        consistent copy of the embedded database, while the desk runs",
                "  restore FILE                       restore a backup into an empty data directory",
                "  help                               show this text; COMMAND --help shows the options of one");
    }
}
