package org.claimdesk.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.article.Article;
import org.claimdesk.claim.Claim;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.suggest.ClaimContext;
import org.claimdesk.reference.suggest.Ranking;
import org.claimdesk.reference.suggest.Suggester;

/**
 * Suggested checks for a claim: the suggester's candidates over the latest version of every
 * dataset, each run and compared, best first. Reads only; nothing is stored.
 */
@ApplicationScoped
public class SuggestionService {

    /** Who may see suggestions. */
    public static final Set<Role> READERS = Set.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN);
    /** At most this many suggestions per claim. */
    static final int LIMIT = 8;

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
        List<Suggestion> out = new ArrayList<>();
        for (Ranking.Ranked r : Ranking.rank(c, sources(), LIMIT)) {
            out.add(new Suggestion(out.size() + 1, r.result().description(), r.result().query(), r.result().value(),
                    r.result().unit(), r.proposal().verdict(), r.proposal().rule(), r.result().periodMapping(),
                    r.candidate().source().dataset(), r.candidate().source().version(), r.candidate().why(),
                    Math.round(r.score() * 100) / 100.0));
        }
        return out;
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
