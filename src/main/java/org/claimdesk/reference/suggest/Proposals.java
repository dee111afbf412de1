package org.claimdesk.reference.suggest;

import java.math.BigDecimal;
import java.util.List;
import org.claimdesk.claim.Verdict;
import org.claimdesk.reference.check.CheckResult;
import org.claimdesk.reference.check.Comparison;
import org.claimdesk.reference.check.Figure;
import org.claimdesk.reference.check.Proposal;
import org.claimdesk.reference.table.Numbers;

/**
 * The proposed verdict of a claim against a check's result: the comparison on one scale, and what
 * a table that covers only part of the claim's period can still say.
 */
public final class Proposals {

    private Proposals() {
    }

    public static Proposal propose(ClaimContext c, CheckResult r) {
        if (c.value() == null) {
            return new Proposal(Verdict.UNSUPPORTED, "UNSUPPORTED: the claim has no value to compare.", "", null);
        }
        boolean percent = "percent".equals(r.unit());
        if (percent != c.percent()) {
            return new Proposal(Verdict.UNSUPPORTED, "UNSUPPORTED: the claim is " + (c.percent() ? "a percentage"
                    : "a count") + " and the check gives " + (percent ? "a percentage" : "a count")
                    + "; they do not compare.", "", null);
        }
        Figure figure = Suggester.figure(c, r.query().aggregate());
        Proposal p = Comparison.compare(figure, r.value(), percent);
        if (!r.partial()) {
            return p;
        }
        // the table holds only part of the claim's period: a lower bound can still be met by that part alone
        boolean lowerBound = ">".equals(figure.bound()) || ">=".equals(figure.bound());
        boolean additive = List.of("COUNT", "SUM").contains(r.query().aggregate().fn().name());
        if (lowerBound && additive && p.verdict() == Verdict.ACCURATE) {
            return new Proposal(Verdict.ACCURATE, "ACCURATE: the table covers only part of the claim's period ("
                    + r.periodMapping() + "), and that part alone already gives " + Numbers.format(r.value())
                    + ", inside what the claim allows (" + p.allows() + ").", p.allows(), BigDecimal.ZERO);
        }
        return new Proposal(Verdict.UNSUPPORTED, "UNSUPPORTED: the table covers only part of the claim's period ("
                + r.periodMapping() + "); " + Numbers.format(r.value()) + " is what that part gives, so the check"
                + " cannot settle the claim.", p.allows(), null);
    }
}
