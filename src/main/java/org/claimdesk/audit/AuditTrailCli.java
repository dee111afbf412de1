package org.claimdesk.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code verify-audit FILE.jsonl [--head HASH]}: checks an exported trail with no server and no
 * database. The head is a hash kept outside the database (GET /api/audit/head); without it, a
 * trail cut short at the end would still look whole.
 */
public final class AuditTrailCli {

    private AuditTrailCli() {
    }

    /** 0: intact (and ends at the head); 1: broken or not a trail; 2: wrong arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        String head = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--head") && i + 1 < args.length) {
                head = args[++i].trim();
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                err.println("verify-audit: unexpected argument '" + args[i] + "'");
                return 2;
            }
        }
        if (file == null) {
            err.println("usage: verify-audit FILE.jsonl [--head HASH]");
            return 2;
        }
        AuditVerifier verifier = AuditVerifier.fromGenesis();
        long lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null;) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                AuditRecord entry;
                try {
                    entry = AuditTrailFormat.parse(line);
                } catch (IllegalArgumentException e) {
                    out.println("BROKEN: line " + lineNo + " is not an audit entry (" + e.getMessage() + ")");
                    return 1;
                }
                if (!verifier.accept(entry)) {
                    break;
                }
            }
        } catch (IOException e) {
            err.println("verify-audit: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        AuditVerifier.Result result = verifier.result();
        if (!result.ok()) {
            out.println("BROKEN: entry " + result.firstBrokenId() + " " + result.problem());
            return 1;
        }
        if (head != null && !head.equalsIgnoreCase(result.lastHash())) {
            out.println("BROKEN: the trail ends at " + result.lastHash() + ", not at the head " + head
                    + " (entries missing at the end, or a different log)");
            return 1;
        }
        out.println("OK: " + result.checked() + " entries, last hash " + result.lastHash());
        return 0;
    }
}
