package org.claimdesk.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.claimdesk.audit.AuditHash;

/**
 * Claims with histories the test chooses, written straight into the claim and audit_log tables
 * (much faster than the workflow API, and with the times of each step picked to the second). The
 * claim row ends as the workflow would leave it after those steps.
 */
final class Workflows {

    private final Connection db;

    Workflows(Connection db) {
        this.db = db;
    }

    /** One step of a claim's history, as ClaimService writes it: "CLAIM_" + the action. */
    record Step(String action, String actor, Instant at) {
    }

    /** A claim to write: where it ends, and the steps that took it there. */
    static final class Claim {
        final long articleId;
        final String status;
        final Instant createdAt;
        final List<Step> steps = new ArrayList<>();
        String speaker;
        String verdict;
        String assignee;
        Instant dueAt;
        long id;

        Claim(long articleId, String status, Instant createdAt) {
            this.articleId = articleId;
            this.status = status;
            this.createdAt = createdAt;
        }

        Claim step(String action, String actor, Instant at) {
            steps.add(new Step("CLAIM_" + action, actor, at));
            return this;
        }

        Claim speaker(String s) {
            speaker = s;
            return this;
        }

        Claim verdict(String v) {
            verdict = v;
            return this;
        }

        Claim assignee(String username) {
            assignee = username;
            return this;
        }

        Claim due(Instant at) {
            dueAt = at;
            return this;
        }

        /** The first time the claim took {@code action}, or null. */
        Instant first(String action) {
            return steps.stream().filter(s -> s.action().equals("CLAIM_" + action)).map(Step::at).min(Instant::compareTo)
                    .orElse(null);
        }
    }

    long article(String outlet) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO article (title, outlet, body, content_hash)"
                + " VALUES (?, ?, ?, ?) RETURNING id")) {
            String body = "Generated article " + ThreadLocalRandom.current().nextLong();
            s.setString(1, "Stats test article");
            s.setString(2, outlet);
            s.setString(3, body);
            s.setString(4, sha256(body));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A reviewer account (no password anyone knows) for people the test counts. */
    void reviewer(String username) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO app_user (username, password_hash, roles)"
                + " VALUES (?, 'not-a-hash', 'REVIEWER') ON CONFLICT (username) DO NOTHING")) {
            s.setString(1, username);
            s.executeUpdate();
        }
    }

    /** Writes the claim row and then its audit entries in time order. */
    Claim insert(Claim c) throws SQLException {
        Instant submitted = c.steps.stream().filter(s -> s.action().equals("CLAIM_SUBMIT")
                || s.action().equals("CLAIM_RESUBMIT")).map(Step::at).max(Instant::compareTo).orElse(null);
        Instant updated = c.steps.stream().map(Step::at).max(Instant::compareTo).orElse(c.createdAt);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO claim (article_id, status, quote, start_offset,"
                + " end_offset, type, speaker, verdict, submitted_at, assignee_id, due_at, created_at, updated_at)"
                + " VALUES (?, ?, '12 people', 0, 9, 'COUNT', ?, ?, ?,"
                + " (SELECT id FROM app_user WHERE username = ?), ?, ?, ?) RETURNING id")) {
            s.setLong(1, c.articleId);
            s.setString(2, c.status);
            s.setString(3, c.speaker);
            s.setString(4, c.verdict);
            s.setObject(5, time(submitted));
            s.setString(6, c.assignee);
            s.setObject(7, time(c.dueAt));
            s.setObject(8, time(c.createdAt));
            s.setObject(9, time(updated));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                c.id = r.getLong(1);
            }
        }
        List<Step> steps = new ArrayList<>(c.steps);
        steps.add(0, new Step("CLAIM_EXTRACTED", "editor", c.createdAt));
        steps.sort((a, b) -> a.at().compareTo(b.at()));
        for (Step step : steps) {
            step(c.id, step.action(), step.actor(), step.at());
        }
        return c;
    }

    /**
     * One more audit entry for a claim (out of time order if the test wants), appended unsealed as the
     * app appends them: with its true content hash, so the sealer chains it and the trail still verifies.
     */
    void step(long claimId, String action, String actor, Instant at) throws SQLException {
        String fullAction = action.startsWith("CLAIM_") ? action : "CLAIM_" + action;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO audit_log (at, actor, action, entity_type,"
                + " entity_id, format, content_hash) VALUES (?, ?, ?, 'CLAIM', ?, 2, ?)")) {
            s.setObject(1, time(at));
            s.setString(2, actor);
            s.setString(3, fullAction);
            s.setLong(4, claimId);
            s.setString(5, AuditHash.content(at, actor, fullAction, "CLAIM", claimId, null, null, null));
            s.executeUpdate();
        }
    }

    /** Runs the benchmark's generator (src/test/resources/.../bench-workflows.sql) for {@code claims} claims. */
    static void generate(Connection db, int claims) throws Exception {
        String script;
        try (var in = Workflows.class.getResourceAsStream("bench-workflows.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        script = script.replace("${claims}", Integer.toString(claims));
        StringBuilder statement = new StringBuilder();
        try (Statement s = db.createStatement()) {
            long before;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM audit_log")) {
                r.next();
                before = r.getLong(1);
            }
            for (String line : script.split("\n")) {
                if (line.startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    s.execute(statement.toString());
                    statement.setLength(0);
                }
            }
            // the SQL hash must be the app's, or the sealer would chain entries that never verify
            try (ResultSet r = s.executeQuery("SELECT at, actor, action, entity_type, entity_id, reason, content_hash"
                    + " FROM audit_log WHERE id > " + before + " ORDER BY random() LIMIT 2000")) {
                while (r.next()) {
                    Instant at = r.getObject(1, OffsetDateTime.class).toInstant();
                    String expected = AuditHash.content(at, r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                            null, null, r.getString(6));
                    if (!expected.equals(r.getString(7))) {
                        throw new IllegalStateException("bench-workflows.sql hashes " + at + " " + r.getString(3)
                                + " as " + r.getString(7) + ", the app as " + expected);
                    }
                }
            }
        }
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
