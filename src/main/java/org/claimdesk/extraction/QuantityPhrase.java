package org.claimdesk.extraction;

import java.math.BigDecimal;

/**
 * Third stage: a number phrase read with what it is made of around it — currency, percentage,
 * unit, fraction, range, bound — and the noun it counts, over tokens [start, end) (the quote runs
 * to {@code quoteEnd}, which may take in the noun). Immutable; later stages decide from it
 * whether it is a claim, what type it has and which change it belongs to.
 *
 * @param numStart   first token of the number itself, without currency or hedge
 * @param numEnd     one past the number and its unit
 * @param nounEnd    one past the counted noun, or -1
 * @param faceValue  money in minor units as written (245 for "245p"), else null; {@code value} is in major units
 * @param faceUnit   the minor unit as written ("pence", "cents"), else null
 * @param exclusion  why the parser already knows it is no claim (a compound, an age), else null
 * @param changeFrom first end of "from A to B" or "by A to B": the next phrase is the other end
 */
record QuantityPhrase(Kind kind, int start, int end, int numStart, int numEnd, int nounEnd, int quoteEnd,
                      BigDecimal value, BigDecimal high, boolean approx, String bound, String hedge, String unit,
                      String noun, boolean words, boolean vague, long scale, BigDecimal faceValue, String faceUnit,
                      Exclusion exclusion, boolean changeFrom) {

    /** What shape of quantity the parser recognised; drives exclusion and type decisions. */
    enum Kind { NUMBER, MONEY, PERCENT, FRACTION, POINTS, DURATION, MULTIPLE, RATIO, MEASURE }

    /** A number with no unit word and no noun: "just 24 issued", "the 13 where". */
    boolean bare() {
        return kind == Kind.NUMBER && noun == null && unit == null;
    }
}
