package org.claimdesk.reference.suggest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimdesk.core.DomainException;
import org.claimdesk.reference.check.CheckEngine;
import org.claimdesk.reference.check.CheckResult;
import org.claimdesk.reference.check.Proposal;

/**
 * Runs the suggester's candidates, compares each with the claim and ranks them: by how much of the
 * sentence a candidate explains, then a little by how near its value is to the claim's, lower when
 * the table covers only part of the claim's period. Candidates the table cannot answer are dropped.
 */
public final class Ranking {

    /** A small preference for the candidate whose value is nearer the claim's, among equally good readings. */
    static final double CLOSENESS = 0.5;
    /** What a table that covers only part of the claim's period costs a candidate. */
    static final double PARTIAL = 2;

    /** A candidate run: what it gave, what it proposes, and its final score. */
    public record Ranked(Suggester.Candidate candidate, CheckResult result, Proposal proposal, double score) {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(ClaimContext c, List<Suggester.Source> sources, int limit) {
        List<Ranked> scored = new ArrayList<>();
        for (Suggester.Candidate k : Suggester.candidates(c, sources)) {
            CheckResult r;
            try {
                r = CheckEngine.run(k.source().table(), k.query(), k.source().dataset(), k.source().version());
            } catch (DomainException e) {
                continue; // a reading the table cannot answer: a period outside it, a value it lacks
            }
            double score = k.score() + CLOSENESS * closeness(k.figure().value(), r.value())
                    - (r.partial() ? PARTIAL : 0);
            scored.add(new Ranked(k, r, Proposals.propose(c, r), score));
        }
        scored.sort(Comparator.comparingDouble(Ranked::score).reversed());
        List<Ranked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ranked r : scored) {
            if (seen.add(r.result().description())) {
                out.add(r);
            }
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /** 1 when equal, falling to 0 at half the reference away. */
    static double closeness(BigDecimal claimed, BigDecimal reference) {
        if (claimed == null || reference == null) {
            return 0;
        }
        BigDecimal scale = reference.abs().max(BigDecimal.ONE);
        double rel = claimed.subtract(reference).abs().divide(scale, MathContext.DECIMAL64).doubleValue();
        return Math.max(0, 1 - 2 * rel);
    }
}
