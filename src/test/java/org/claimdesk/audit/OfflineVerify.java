package org.claimdesk.audit;

import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.as;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.Commands;

/** Downloads the audit trail as an admin and runs {@code verify-audit} on it, as a user would offline. */
final class OfflineVerify {

    record Run(int exit, String out) {
    }

    private OfflineVerify() {
    }

    static Run exportAndVerify(Path dir, String... extra) throws Exception {
        Path file = dir.resolve("audit-" + org.claimdesk.Fixtures.marker() + ".jsonl");
        byte[] trail = as(ADMIN).get("/api/export/audit.jsonl").then().statusCode(200).extract().asByteArray();
        Files.write(file, trail);
        List<String> args = new ArrayList<>(List.of("verify-audit", file.toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = Commands.run(args.toArray(String[]::new), print, print);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }
}
