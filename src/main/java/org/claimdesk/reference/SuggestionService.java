package org.claimdesk.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.article.Article;
import org.claimdesk.claim.Claim;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.reference.check.CheckEngine;
import org.claimdesk.reference.check.CheckResult;
import org.claimdesk.reference.check.Proposal;
import org.claimdesk.reference.suggest.ClaimContext;
import org.claimdesk.reference.suggest.Suggester;

/**
 * Suggested checks for a claim: the suggester's candidates over the latest version of every
 * dataset, each run and compared, best first. Reads only; nothing is stored.
 */
@ApplicationScoped
public class SuggestionService {

    /** Who may see suggestions. */
    public static final java.util.Set<org.claimdesk.core.Role> READERS = java.util.Set.of(
            org.claimdesk.core.Role.EDITOR, org.claimdesk.core.Role.REVIEWER, org.claimdesk.core.Role.ADMIN);
    /** At most this many suggestions per claim. */
    static final int LIMIT = 8;
    /** A small preference for the candidate whose value is nearer the claim, among equally good readings. */
    static final double CLOSENESS = 0.5;

    @Inject
    TableCache cache;

    @Inject
    DemoDatasets demo;

    public List<Suggestion> forClaim(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw new NotFoundException("Claim " + claimId);
        }
        Article article = Article.findById(claim.articleId);
        return suggest(ClaimContexts.of(claim, article));
    }

    public List<Suggestion> suggest(ClaimContext c) {
        demo.awaitLoaded();
        List<Suggester.Candidate> candidates = Suggester.candidates(c, sources());
        record Scored(Suggester.Candidate candidate, CheckResult result, Proposal proposal, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Suggester.Candidate k : candidates) {
            CheckResult r;
            try {
                r = CheckEngine.run(k.source().table(), k.query(), k.source().dataset(), k.source().version());
            } catch (DomainException e) {
                continue; // a reading the table cannot answer (a period outside it, no such value)
            }
            Proposal p = CheckService.propose(c, r);
            double score = k.score() + CLOSENESS * closeness(k.figure().value(), r.value()) - (r.partial() ? 2 : 0);
            scored.add(new Scored(k, r, p, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Scored s : scored) {
            if (!seen.add(s.result().description())) {
                continue;
            }
            out.add(new Suggestion(out.size() + 1, s.result().description(), s.result().query(), s.result().value(),
                    s.result().unit(), s.proposal().verdict(), s.proposal().rule(), s.result().periodMapping(),
                    s.candidate().source().dataset(), s.candidate().source().version(), s.candidate().why(),
                    Math.round(s.score() * 100) / 100.0));
            if (out.size() == LIMIT) {
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

    /**
     * The latest version of every dataset as a suggestion source; of datasets holding the same
     * file (a demo copy and an import of it), the newest.
     */
    List<Suggester.Source> sources() {
        Map<String, DatasetVersion> byContent = new LinkedHashMap<>();
        for (DatasetVersion v : DatasetVersion.latestOfEach()) {
            DatasetVersion seen = byContent.get(v.contentHash);
            if (seen == null || seen.id < v.id) {
                byContent.put(v.contentHash, v);
            }
        }
        List<Suggester.Source> out = new ArrayList<>();
        for (DatasetVersion v : byContent.values()) {
            Dataset d = Dataset.findById(v.datasetId);
            out.add(new Suggester.Source(cache.table(v), d.name, v.number));
        }
        return out;
    }
}
