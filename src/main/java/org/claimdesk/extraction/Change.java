package org.claimdesk.extraction;

import java.math.BigDecimal;

/**
 * A change stated by two quantities of one sentence: "rose from 4.2% to 4.8%", "narrowed to 3
 * points from 7", "36,816, down from 45,774", "up by £106 to £2,280". Both quantities carry the
 * same change; {@code role} says which end this one is and {@code linkedStart}/{@code linkedEnd}
 * give the span of the other one in the text (its {@link Quantity#start()}/{@link Quantity#end()}).
 *
 * @param from      the value before, or null when the text gives only the amount of the change
 * @param to        the value after
 * @param by        the amount of the change ("by £106"), or null
 * @param direction up, down or the same; null when the text does not say and the values cannot tell
 */
public record Change(BigDecimal from, BigDecimal to, BigDecimal by, Direction direction, Role role,
                     int linkedStart, int linkedEnd) {

    public enum Direction { UP, DOWN, SAME }

    /** Which end of the change a quantity is. */
    public enum Role { FROM, TO, BY }
}
