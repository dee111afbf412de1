package org.claimdesk.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimdesk.claim.EvidencePresence;

/** The workflow's evidence guard, answered from the evidence this feature keeps. */
@ApplicationScoped
public class EvidenceOnFile implements EvidencePresence {

    @Override
    public boolean present(long claimId) {
        return Evidence.countFor(claimId) > 0;
    }
}
