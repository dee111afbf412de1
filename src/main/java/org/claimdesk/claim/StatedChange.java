package org.claimdesk.claim;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change the claim's sentence states, of which the claim is one end: "rose from 4.2% to 4.8%"
 * gives the 4.2% claim role FROM and the 4.8% claim role TO, each pointing at the other. The figures
 * are the text's, as read at extraction; an edit of either claim's value does not rewrite them.
 *
 * @param from      the value before, or null when the text gives only the amount ("up by £106 to £2,280")
 * @param to        the value after
 * @param by        the amount of the change, or null
 * @param direction {@code UP}, {@code DOWN} or {@code SAME}; null when neither the words nor the figures tell
 * @param role      which end this claim is: {@code FROM}, {@code TO} or {@code BY}
 * @param claimId   the claim at the other end, or null when it was not stored
 */
public record StatedChange(BigDecimal from, BigDecimal to, BigDecimal by, String direction, String role,
        Long claimId) {

    /** The audit trail's form: the same fields, in this order. */
    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", from);
        view.put("to", to);
        view.put("by", by);
        view.put("direction", direction);
        view.put("role", role);
        view.put("claimId", claimId);
        return view;
    }
}
