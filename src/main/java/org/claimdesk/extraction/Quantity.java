package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * One quantity found in a text. Offsets are char offsets into the text given to
 * {@link ClaimExtractor#extract(String)}: {@code quote == text.substring(start, end)}.
 * Quantities with {@code claim == false} (years, dates, identifiers...) are kept so that a
 * reviewer can see why a number was not queued.
 *
 * @param value    normalised value, negative where the text says so ("-1.4%", "minus 40"); for ranges the low end
 * @param high     high end of a range, or null
 * @param approx   the text hedges or bounds the figure
 * @param bound    one of {@code = > < >= <=}
 * @param unit     what is counted (people, GBP, percent, fraction, years, times, mph...), may be null
 * @param speaker  who the figure is attributed to, or null
 * @param hedges   hedging words in the sentence (suggested, estimated, around...)
 * @param timeRef  time reference of the sentence nearest to the figure, or null
 * @param reason   why a quantity is not a claim, null for claims
 * @param change   the change this quantity is one end of, or null
 */
public record Quantity(
        int start,
        int end,
        String quote,
        BigDecimal value,
        BigDecimal high,
        boolean approx,
        String bound,
        String unit,
        ClaimType type,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        String speaker,
        List<String> hedges,
        String timeRef,
        boolean claim,
        Exclusion reason,
        double checkworthiness,
        Change change) {

    public Quantity {
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }
}
