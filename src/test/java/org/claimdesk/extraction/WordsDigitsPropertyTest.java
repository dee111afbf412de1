package org.claimdesk.extraction;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A number written in digits and spelled out by ICU must be read as the same value. */
class WordsDigitsPropertyTest {

    private static final RuleBasedNumberFormat SPELL = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

    private static BigDecimal valueIn(String sentence) {
        List<Quantity> all = ClaimExtractor.DEFAULT.extract(sentence);
        assertThat(all).as(sentence).hasSize(1);
        return all.get(0).value();
    }

    @Property(tries = 400)
    void integersInWordsAndDigitsAgree(@ForAll @IntRange(min = 0, max = 999_999) int n) {
        String words = SPELL.format(n);
        String digits = String.format(Locale.UK, "%,d", n);
        BigDecimal fromWords = valueIn("The council hired " + words + " staff.");
        BigDecimal fromDigits = valueIn("The council hired " + digits + " staff.");
        assertThat(fromWords).as(words).isEqualByComparingTo(BigDecimal.valueOf(n));
        assertThat(fromDigits).as(digits).isEqualByComparingTo(fromWords);
    }

    @Property(tries = 100)
    void decimalsInWordsAndDigitsAgree(@ForAll @IntRange(min = 0, max = 99) int whole,
                                       @ForAll @IntRange(min = 1, max = 9) int tenth) {
        BigDecimal v = new BigDecimal(whole + "." + tenth);
        String words = SPELL.format(v.doubleValue()); // "one point five"
        assertThat(valueIn("Growth was " + words + " over the quarter.")).as(words).isEqualByComparingTo(v);
        assertThat(valueIn("Growth was " + v.toPlainString() + " over the quarter.")).isEqualByComparingTo(v);
    }
}
