package org.claimdesk.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.Units;
import org.claimdesk.core.Inputs;
import org.claimdesk.user.Usernames;

/**
 * An evidence item as the API and the review page show it, with the claimed-versus-reference
 * difference on one unit and scale ({@link Units}): {@code difference} is in {@code differenceUnit},
 * {@code relativeDifference} is (claimed − reference) / |reference|; when the units cannot be
 * compared both are null and {@code comparisonNote} says why.
 */
public record EvidenceView(long id, long claimId, String title, String url, String publisher, LocalDate accessedAt,
        String excerpt, BigDecimal referenceValue, String referenceUnit, BigDecimal difference,
        String differenceUnit, BigDecimal relativeDifference, String comparisonNote, String addedBy,
        Instant createdAt) {

    public static EvidenceView of(Evidence e, Claim claim, Map<Long, String> names) {
        Units.Comparison cmp = Units.compare(claim.value, claim.unit, e.referenceValue, e.referenceUnit);
        String note = e.referenceValue == null ? null : cmp.refusal();
        return new EvidenceView(e.id, e.claimId, e.title, e.url, e.publisher, e.accessedAt, e.excerpt,
                e.referenceValue, e.referenceUnit, cmp.difference(), cmp.comparable() ? cmp.differenceUnit() : null,
                cmp.relative(), note, names.get(e.addedBy), e.createdAt);
    }

    public static List<EvidenceView> of(Claim claim) {
        List<Evidence> items = Evidence.forClaim(claim.id);
        Map<Long, String> names = Usernames.of(items.stream().map(e -> e.addedBy).toList());
        return items.stream().map(e -> of(e, claim, names)).toList();
    }

    /** The name of the page form that corrects this item. */
    public String formName() {
        return "evidence-" + id;
    }

    /** The name of the page form that removes this item. */
    public String removeFormName() {
        return "remove-" + id;
    }

    /** Whether the source may be shown as a link (http or https only). */
    public boolean linkable() {
        return Inputs.isWebUrl(url);
    }
}
