package org.claimdesk.reference.check;

import java.math.BigDecimal;

/**
 * What a check gave: the reference value and unit, how many rows it used, the query in words and
 * how its period was mapped onto the table's quarters.
 *
 * @param query         the query as run: exact spellings of the filter values, the version pinned
 * @param partial       the claim's period reaches beyond the table; {@code periodMapping} says how
 */
public record CheckResult(BigDecimal value, String unit, int rows, String description, String periodMapping,
        boolean partial, CheckQuery query) {
}
