package org.claimdesk.extraction;

import java.math.BigDecimal;

/**
 * Second stage: a number as written, over tokens [start, end): digits with their suffix and scale
 * ({@code 4.5m}, {@code 1.2 million}), spelled-out numbers, or a vague round number ({@code tens
 * of thousands}).
 *
 * @param scale   the scale applied (1000000 for "4.5m" and "1.2 million"), 0 when none
 * @param mSuffix a glued "m" that may mean metres rather than million ("300m")
 * @param minor   the currency of a glued minor unit ("p" of "245p"), or null
 */
record NumberPhrase(int start, int end, BigDecimal value, boolean words, boolean vague, long scale, boolean mSuffix,
                    Currencies.Money minor) {
}
