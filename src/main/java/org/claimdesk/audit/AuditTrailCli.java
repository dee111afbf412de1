package org.claimdesk.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify-audit FILE.jsonl [--head HASH]}: checks an exported trail with no server and no
 * database. The head is a hash kept outside the database (GET /api/audit/head); without it, a
 * trail cut short at the end would still look whole.
 */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = "Checks an exported audit trail (audit.jsonl) offline: every hash and link.",
        exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:intact (and ends at the head)",
            "1:broken or not a trail", "2:wrong arguments or the file cannot be read" })
public final class AuditTrailCli implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "the trail, from GET /api/export/audit.jsonl")
    Path file;

    @Option(names = "--head", paramLabel = "HASH", description = "the head kept elsewhere: the trail must end at it")
    String head;

    @Spec
    CommandSpec spec;

    /** {@code args[0]} is the command's own name; 0: intact, 1: broken, 2: wrong arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new AuditTrailCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
            spec.commandLine().getErr().println("verify-audit: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        AuditVerifier.Result result = verifier.result();
        if (!result.ok()) {
            out.println("BROKEN: entry " + result.firstBrokenId() + " " + result.problem());
            return 1;
        }
        String expected = head == null ? null : head.strip();
        if (expected != null && !expected.equalsIgnoreCase(result.lastHash())) {
            out.println("BROKEN: the trail ends at " + result.lastHash() + ", not at the head " + expected
                    + " (entries missing at the end, or a different log)");
            return 1;
        }
        out.println("OK: " + result.checked() + " entries, last hash " + result.lastHash());
        return 0;
    }
}
