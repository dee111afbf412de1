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

    private static String before(int i) {
        return i == 0 ? null : "{\"value\":" + i + ".50,\"unit\":\"seats\"}";
    }

    private static String after(int i) {
        return "{\"unit\":\"seats\",\"value\":" + (i + 1) + "}";
    }

    /** A format-1 chain of {@code n} entries, ids 10, 11, ..., hashed as the old chain lock wrote them. */
    private static List<AuditRecord> legacyChain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditVerifier.GENESIS;
        for (int i = 0; i < n; i++) {
            long id = 10 + i;
            String reason = i == 2 ? "corrected the count" : null;
            String hash = AuditHash.legacy(id, AT, "editor", "CLAIM_EDITED", "CLAIM", 7L,
                    LegacyCanonicalJson.ofJson(before(i)), LegacyCanonicalJson.ofJson(after(i)), reason, prev);
            out.add(new AuditRecord(id, (long) i + 1, AuditHash.FORMAT_LEGACY, AT, "editor", "CLAIM_EDITED", "CLAIM",
                    7L, before(i), after(i), reason, prev, hash));
            prev = hash;
        }
        return out;
    }

    /** {@code n} format-2 entries after {@code legacy}, sealed as the sealer links them (ids out of order). */
    private static List<AuditRecord> sealedAfter(List<AuditRecord> legacy, int n) {
        List<AuditRecord> out = new ArrayList<>(legacy);
        for (int i = 0; i < n; i++) {
            AuditRecord last = out.get(out.size() - 1);
            AuditRecord unsealed = new AuditRecord(100 - i, null, AuditHash.FORMAT_SEALED, AT, "reviewer",
                    "EVIDENCE_ADDED", "EVIDENCE", 40L + i, null, after(i), "claim 7", null, null);
            out.add(unsealed.sealedAs(last.seq() + 1, last.hash()));
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
        List<AuditRecord> entries = sealedAfter(legacyChain(5), 3);
        String head = entries.get(7).hash();
        Run run = verify(lines(entries), "--head", head);
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("OK: 8 entries, last hash " + head + System.lineSeparator());
    }

    @Test
    void anExportFromBeforeTheSealerStillVerifies() throws Exception {
        List<String> lines = lines(legacyChain(5));
        lines.replaceAll(l -> l.replaceFirst(",\"seq\":\\d+,\"format\":1", ""));
        assertThat(lines.get(0)).doesNotContain("seq");
        Run run = verify(lines);
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void aChangedValueNamesItsEntry() throws Exception {
        List<String> lines = lines(sealedAfter(legacyChain(5), 3));
        lines.set(3, lines.get(3).replace("\"value\":4", "\"value\":40"));
        Run run = verify(lines);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("entry 13 does not match its hash");

        List<String> sealed = lines(sealedAfter(legacyChain(5), 3));
        sealed.set(6, sealed.get(6).replace("claim 7", "claim 8"));
        assertThat(verify(sealed).out()).contains("entry 99 does not match its hash");
    }

    @Test
    void aSealedEntryStrippedOfItsSequenceNumberOrMovedIsBroken() throws Exception {
        List<String> lines = lines(sealedAfter(legacyChain(2), 2));
        lines.set(2, lines.get(2).replaceFirst(",\"seq\":3", ""));
        assertThat(verify(lines).out()).contains("entry 100 cannot be read");
        List<String> renumbered = lines(sealedAfter(legacyChain(2), 2));
        renumbered.set(3, renumbered.get(3).replaceFirst("\"seq\":4", "\"seq\":5"));
        assertThat(verify(renumbered).out()).contains("entry 99 has sequence number 5 where 4 was due");
    }

    @Test
    void aDeletedLineNamesTheNextEntry() throws Exception {
        List<String> lines = lines(sealedAfter(legacyChain(5), 3));
        lines.remove(2);
        Run run = verify(lines);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("entry 13 does not link to the entry before it");
        List<String> sealed = lines(sealedAfter(legacyChain(5), 3));
        sealed.remove(5);
        assertThat(verify(sealed).out()).contains("entry 99 ");
    }

    @Test
    void aTrailCutShortIsCaughtOnlyByTheHead() throws Exception {
        List<AuditRecord> entries = sealedAfter(legacyChain(5), 1);
        List<String> lines = lines(entries);
        lines.remove(5);
        assertThat(verify(lines).exit()).isZero();
        Run run = verify(lines, "--head", entries.get(5).hash());
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

    @Test
    void anUnreadableEntryIsReportedAsBrokenNotThrown() throws Exception {
        List<String> lines = lines(sealedAfter(legacyChain(2), 2));
        // half a surrogate pair: valid JSON text, but no Unicode string; and an unknown format
        lines.set(2, lines.get(2).replace("\"claim 7\"", "\"claim \\ud800\""));
        assertThat(verify(lines).out()).contains("entry 100 cannot be read");
        List<String> unknown = lines(sealedAfter(legacyChain(2), 2));
        unknown.set(1, unknown.get(1).replace("\"format\":1", "\"format\":7"));
        assertThat(verify(unknown).out()).contains("entry 11 cannot be read (unknown audit entry format 7)");
    }
}
