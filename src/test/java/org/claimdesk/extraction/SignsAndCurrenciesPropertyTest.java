package org.claimdesk.extraction;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs and currency codes hold for any amount, not only for the amounts in the examples. */
class SignsAndCurrenciesPropertyTest {

    private static Quantity single(String sentence) {
        List<Quantity> q = ClaimExtractor.DEFAULT.extract(sentence);
        assertThat(q).as(sentence).hasSize(1);
        return q.get(0);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("99999")).ofScale(1);
    }

    @Property(tries = 200)
    void aMinusSignMakesAnyPercentageNegative(@ForAll("amounts") BigDecimal v) {
        String n = v.toPlainString();
        assertThat(single("The index moved by -" + n + "% on the day.").value()).isEqualByComparingTo(v.negate());
        assertThat(single("The index moved by \u2212" + n + "% on the day.").value()).isEqualByComparingTo(v.negate());
        assertThat(single("The index moved (-" + n + "%) on the day.").value()).isEqualByComparingTo(v.negate());
    }

    @Property(tries = 100)
    void minusInWordsAndSignedMoney(@ForAll @IntRange(min = 1, max = 999) int v) {
        assertThat(single("The air cooled to minus " + v + " degrees at night.").value()).isEqualByComparingTo(BigDecimal.valueOf(-v));
        Quantity money = single("The fund posted $-" + v + "bn for the year.");
        assertThat(money.value()).isEqualByComparingTo(BigDecimal.valueOf(-v).multiply(BigDecimal.valueOf(1_000_000_000L)));
        assertThat(money.unit()).isEqualTo("USD");
        assertThat(single("The fund posted -\u00a3" + v + "m for the year.").value())
                .isEqualByComparingTo(BigDecimal.valueOf(-v).multiply(BigDecimal.valueOf(1_000_000)));
    }

    @Property(tries = 200)
    void aDashBetweenNumbersIsARangeNeverASign(@ForAll @IntRange(min = 1, max = 5000) int a, @ForAll @IntRange(min = 1, max = 5000) int gap) {
        int b = a + gap;
        Quantity q = single("The hall holds " + a + "-" + b + " tables.");
        assertThat(q.value()).isEqualByComparingTo(BigDecimal.valueOf(a));
        assertThat(q.high()).isEqualByComparingTo(BigDecimal.valueOf(b));
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of("USD", "EUR", "GBP", "JPY", "CNY", "INR", "MYR", "AUD", "SGD", "HKD", "NZD", "CHF", "SEK",
                "NOK", "DKK", "ZAR", "BRL", "KRW", "AED", "IDR", "NGN", "RUB", "ILS", "MXN", "THB");
    }

    @Property(tries = 300)
    void anIsoCodeBeforeOrAfterAnyAmount(@ForAll("codes") String code, @ForAll @IntRange(min = 1, max = 9_999_999) int v) {
        BigDecimal value = BigDecimal.valueOf(v);
        for (String sentence : List.of("The deal was worth " + code + v + " in cash.", "The deal was worth " + code + " " + v
                + " in cash.", "The deal was worth " + v + " " + code + " in cash.")) {
            Quantity q = single(sentence);
            assertThat(q.unit()).as(sentence).isEqualTo(code);
            assertThat(q.value()).as(sentence).isEqualByComparingTo(value);
            assertThat(q.type()).isEqualTo(ClaimType.MONEY);
        }
    }

    @Provide
    Arbitrary<String[]> prefixes() {
        return Arbitraries.of(new String[] {"RM", "MYR"}, new String[] {"US$", "USD"}, new String[] {"A$", "AUD"},
                new String[] {"S$", "SGD"}, new String[] {"HK$", "HKD"}, new String[] {"NZ$", "NZD"}, new String[] {"C$", "CAD"},
                new String[] {"R$", "BRL"}, new String[] {"Rs", "INR"}, new String[] {"\u20b9", "INR"}, new String[] {"\u00a5", "JPY"},
                new String[] {"\u20ac", "EUR"}, new String[] {"\u00a3", "GBP"}, new String[] {"\u20a6", "NGN"},
                new String[] {"\u20a9", "KRW"}, new String[] {"Rp", "IDR"}, new String[] {"\u20b1", "PHP"},
                new String[] {"\u20b4", "UAH"}, new String[] {"NT$", "TWD"});
    }

    @Property(tries = 300)
    void aCurrencyPrefixWithAnyScale(@ForAll("prefixes") String[] prefix, @ForAll @IntRange(min = 1, max = 999) int v,
                                     @ForAll("scales") String scale) {
        String written = prefix[0] + v + scale.split("=")[0];
        Quantity q = single("The regulator imposed " + written + " in penalties.");
        assertThat(q.quote()).isEqualTo(written);
        assertThat(q.unit()).isEqualTo(prefix[1]);
        assertThat(q.value()).isEqualByComparingTo(BigDecimal.valueOf(v).multiply(new BigDecimal(scale.split("=")[1])));
    }

    @Provide
    Arbitrary<String> scales() {
        return Arbitraries.of("=1", "m=1000000", "bn=1000000000", ",000=1000", " million=1000000", " billion=1000000000", "mil=1000000");
    }
}
