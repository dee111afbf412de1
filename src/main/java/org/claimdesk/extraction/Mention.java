package org.claimdesk.extraction;

import java.math.BigDecimal;

/** Mutable working record of one quantity while the parser and the rules refine it. */
final class Mention {

    /** What shape of quantity the parser recognised; drives unit and type decisions. */
    enum Kind { NUMBER, MONEY, PERCENT, FRACTION, POINTS, DURATION, MULTIPLE, RATIO, MEASURE }

    Kind kind = Kind.NUMBER;
    /** Token span [startTok, endTok) of prefix + number phrase (+ unit word). */
    int startTok;
    int endTok;
    /** First and one-past-last token of the number itself, without hedges. */
    int numStart;
    int numEnd;
    /** Token index one past the counted noun, or -1 when no noun follows. */
    int nounEnd = -1;
    String noun;
    BigDecimal value;
    BigDecimal high;
    boolean approx;
    String bound = "=";
    String unit;
    /** Spelled out in words (vs digits). */
    boolean words;
    /** Vague round number (thousands, several, six-figure). */
    boolean vague;
    /** Number followed by a glued "m" that may mean metres rather than million. */
    boolean mSuffix;
    /** Second half of "from A to B": a change, so each end is its own claim. */
    boolean changeTarget;
    /** Why this is not a claim; null while it is one. */
    String reason;
    String hedge;

    boolean isClaim() {
        return reason == null;
    }

    /** A number with no unit word and no noun: "just 24 issued", "the 13 where". */
    boolean bare() {
        return kind == Kind.NUMBER && noun == null && unit == null;
    }
}
