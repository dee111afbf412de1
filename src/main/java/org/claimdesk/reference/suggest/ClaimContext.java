package org.claimdesk.reference.suggest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.claimdesk.claim.ClaimType;

/**
 * What the suggester reads of a claim: the figure, its sentence with the figure's place in it, the
 * text just before the sentence (a subject named earlier: "The party won..."), and the article's date
 * for relative periods ("last year", "the last general election").
 *
 * @param numberStart offset of the quote in {@code sentence}
 */
public record ClaimContext(String quote, String sentence, int numberStart, BigDecimal value, BigDecimal high,
        String bound, boolean approx, String unit, ClaimType type, LocalDate articleDate, String before) {

    public ClaimContext {
        sentence = sentence == null || sentence.isBlank() ? quote : sentence;
        before = before == null ? "" : before;
        if (numberStart < 0 || numberStart > sentence.length()) {
            int at = sentence.indexOf(quote);
            numberStart = Math.max(0, at);
        }
    }

    public int numberEnd() {
        return Math.min(sentence.length(), numberStart + quote.length());
    }

    public boolean percent() {
        return unit != null && (unit.equals("percent") || unit.equals("%") || unit.equals("fraction")
                || unit.equals("points"));
    }

    /** A claim written as text for tests and tools: the quote is found in the sentence. */
    public static ClaimContext of(String sentence, String quote, BigDecimal value, String bound, boolean approx,
            String unit, ClaimType type, LocalDate articleDate) {
        return new ClaimContext(quote, sentence, sentence.indexOf(quote), value, null, bound, approx, unit, type,
                articleDate, "");
    }
}
