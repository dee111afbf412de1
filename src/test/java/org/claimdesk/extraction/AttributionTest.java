package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionTest {

    @Test
    void speakerBeforeTheVerbSkippingAnAppositive() {
        Quantity q = Extract.only("Ann Cole, the MP for Riverside, told the paper that 300 homes flooded.");
        assertThat(q.speaker()).isEqualTo("Ann Cole");
    }

    @Test
    void speakerAfterSaid() {
        assertThat(Extract.only("\"We built 4,000 homes,\" said Mr Okafor.").speaker()).isEqualTo("Mr Okafor");
    }

    @Test
    void accordingTo() {
        assertThat(Extract.only("According to Northgate Research, 1,200 shops closed.").speaker())
                .isEqualTo("Northgate Research");
    }

    @Test
    void pronounResolvesToTheLastNamedPerson() {
        String text = "Mrs Patel visited the depot on Monday.\n\nShe said 250 drivers had quit.";
        assertThat(Extract.only(text).speaker()).isEqualTo("Mrs Patel");
    }

    @Test
    void laterSentencesOfAQuotationKeepTheirSpeaker() {
        String text = "Mr Lee said: \"We built 400 homes. We will build 600 more.\"\n\nThe council has 12 members.";
        assertThat(Extract.claims(text)).extracting(Quantity::speaker).containsExactly("Mr Lee", "Mr Lee", null);
    }

    @Test
    void aHedgeWordUsedAsTheCountedNounIsNoHedge() {
        assertThat(Extract.only("The backlog stood at 9,000 claims.").hedges()).isEmpty();
        assertThat(Extract.only("The minister claims 9,000 homes were built.").hedges()).containsExactly("claims");
    }

    @Test
    void hedgesAndTimeReference() {
        Quantity q = Extract.only("A poll suggested the party was one point ahead since Labour took power, within the margin of error.");
        assertThat(q.hedges()).contains("suggested", "within the margin of error");
        assertThat(q.timeRef()).isEqualTo("since Labour took power");
        Quantity y = Extract.only("The party won 89 seats in the 2024 general election.");
        assertThat(y.timeRef()).isEqualTo("2024 general election");
    }

    @Test
    void checkworthinessPrefersAttributedMoneyOverVagueCounts() {
        Quantity money = Extract.only("Mr Okafor said the scheme cost £4.5m.");
        Quantity vague = Extract.only("Dozens of people gathered outside.");
        assertThat(money.checkworthiness()).isGreaterThan(vague.checkworthiness());
        assertThat(money.checkworthiness()).isBetween(0.0, 1.0);
    }

    @Test
    void sentenceOffsetsAndQuoteMatchTheText() {
        String text = "Headline about buses\n\nThe county cut 12 routes. It saved £3m.";
        for (Quantity q : Extract.all(text)) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.quote());
            assertThat(text.substring(q.sentenceStart(), q.sentenceEnd())).isEqualTo(q.sentence());
        }
        assertThat(Extract.claims(text)).extracting(Quantity::sentence)
                .containsExactly("The county cut 12 routes.", "It saved £3m.");
    }
}
