package org.claimdesk;

import java.io.PrintStream;
import java.util.Arrays;

/** Command-line tools that run without the server or a database. */
public final class Commands {

    private Commands() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "help", "--help", "-h":
                out.println(usage());
                return 0;
            default:
                err.println("Unknown command '" + command + "'.");
                err.println(usage());
                return 2;
        }
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar quarkus-run.jar [COMMAND [ARGS...]]",
                "  (no command)                 start the ClaimDesk server",
                "  help                         show this text");
    }
}
