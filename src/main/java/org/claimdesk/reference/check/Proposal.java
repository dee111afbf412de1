package org.claimdesk.reference.check;

import java.math.BigDecimal;
import org.claimdesk.claim.Verdict;

/**
 * The machine's proposed verdict for a claim against one reference value, with the rule applied
 * in words. Only a person sets the verdict; this is shown beside the form.
 *
 * @param allows what the claim allows, in words ("16,500–17,500")
 * @param miss   how far the reference is outside what the claim allows (0 when inside)
 */
public record Proposal(Verdict verdict, String rule, String allows, BigDecimal miss) {
}
