package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier on trails built here, without a server or a database. */
class AuditTrailCliTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:30:00.123456Z");

    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    /** A chain of {@code n} entries, ids 10, 11, ... linked from genesis. */
    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditVerifier.GENESIS;
        for (int i = 0; i < n; i++) {
            long id = 10 + i;
            String before = i == 0 ? null : "{\"value\":" + i + ".50,\"unit\":\"seats\"}";
            String after = "{\"unit\":\"seats\",\"value\":" + (i + 1) + "}";
            String hash = AuditHash.of(id, AT, "editor", "CLAIM_EDITED", "CLAIM", 7L, CanonicalJson.ofJson(before),
                    CanonicalJson.ofJson(after), i == 2 ? "corrected the count" : null, prev);
            out.add(new AuditRecord(id, AT, "editor", "CLAIM_EDITED", "CLAIM", 7L, before, after,
                    i == 2 ? "corrected the count" : null, prev, hash));
            prev = hash;
        }
        return out;
    }

    private Run verify(List<String> lines, String... extra) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        Files.write(file, lines);
        List<String> args = new ArrayList<>(List.of("verify-audit", file.toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Run(Commands.run(args.toArray(String[]::new), print, print), out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(List<AuditRecord> entries) {
        return new ArrayList<>(entries.stream().map(AuditTrailFormat::line).toList());
    }

    @Test
    void anIntactTrailIsOkAndEndsAtItsHead() throws Exception {
        List<AuditRecord> entries = chain(5);
        String head = entries.get(4).hash();
        Run run = verify(lines(entries), "--head", head);
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("OK: 5 entries, last hash " + head + System.lineSeparator());
    }

    @Test
    void aChangedValueNamesItsEntry() throws Exception {
        List<String> lines = lines(chain(5));
        lines.set(3, lines.get(3).replace("\"value\":4", "\"value\":40"));
        Run run = verify(lines);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("entry 13 ");
    }

    @Test
    void aDeletedLineNamesTheNextEntry() throws Exception {
        List<String> lines = lines(chain(5));
        lines.remove(2);
        Run run = verify(lines);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("entry 13 ");
    }

    @Test
    void aTrailCutShortIsCaughtOnlyByTheHead() throws Exception {
        List<AuditRecord> entries = chain(5);
        List<String> lines = lines(entries);
        lines.remove(4);
        assertThat(verify(lines).exit()).isZero();
        Run run = verify(lines, "--head", entries.get(4).hash());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("not at the head");
    }

    @Test
    void garbageAndBadArgumentsAreRefused() throws Exception {
        Run garbage = verify(List.of("{\"id\": 1"));
        assertThat(garbage.exit()).isEqualTo(1);
        assertThat(garbage.out()).contains("line 1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(Commands.run(new String[] { "verify-audit" }, print, print)).isEqualTo(2);
        assertThat(Commands.run(new String[] { "help" }, print, print)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("verify-audit FILE.jsonl");
    }
}
