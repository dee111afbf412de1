package org.claimdesk.extraction.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(split("Mr. Jones met Dr. Khan at St. Mary's. They agreed on No. 10 policy, e.g. housing."))
                .containsExactly("Mr. Jones met Dr. Khan at St. Mary's.", "They agreed on No. 10 policy, e.g. housing.");
    }

    @Test
    void initialsDoNotEndSentences() {
        assertThat(split("The report by J. R. Hartley came out. It was long."))
                .containsExactly("The report by J. R. Hartley came out.", "It was long.");
    }

    @Test
    void linesAreSentencesOfTheirOwn() {
        assertThat(split("Budget row deepens\n\nThe chancellor spoke. MPs listened\nByline Name"))
                .containsExactly("Budget row deepens", "The chancellor spoke.", "MPs listened", "Byline Name");
    }

    @Test
    void quotationsStayWithTheirSentence() {
        assertThat(split("\"We will win,\" she said. \"Is that so?\" he asked."))
                .containsExactly("\"We will win,\" she said.", "\"Is that so?\" he asked.");
    }

    @Test
    void offsetsReferToTheGivenText() {
        String text = "  First one.  Second one.  ";
        List<Sentence> s = splitter.split(text);
        assertThat(s).containsExactly(new Sentence(2, 12), new Sentence(14, 25));
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(null)).isEmpty();
    }

    @Test
    void theSentenceAroundARangeIsTheOneSplitGives() {
        String text = "Budget row deepens\n\nMr. Jones said 40 schools shut. A further 12 may follow.\nByline";
        int forty = text.indexOf("40 schools");
        Sentence s = SentenceSplitter.around(text, forty, forty + "40 schools".length());
        assertThat(text.substring(s.start(), s.end())).isEqualTo("Mr. Jones said 40 schools shut.");
        assertThat(splitter.split(text)).contains(s);
        int twelve = text.indexOf("12");
        assertThat(SentenceSplitter.around(text, twelve, twelve + 2)).isEqualTo(new Sentence(text.indexOf("A further"),
                text.indexOf("\nByline")));
    }

    @Test
    void aRangeOverTwoSentencesGetsBoth() {
        String text = "It cost £5m. Then £6m more.";
        Sentence s = SentenceSplitter.around(text, text.indexOf("£5m"), text.indexOf("£6m") + 3);
        assertThat(s).isEqualTo(new Sentence(0, text.length()));
    }

    @Test
    void aRangeInBlankSpaceGetsTheNextSentenceAndABadRangeIsRefused() {
        String text = "One.   Two.";
        assertThat(SentenceSplitter.around(text, 5, 5)).isEqualTo(new Sentence(5, 11));
        assertThat(SentenceSplitter.around(text, 4, 6)).isEqualTo(new Sentence(4, 11));
        assertThat(SentenceSplitter.around(text, 0, 0)).isEqualTo(new Sentence(0, 4));
        assertThat(SentenceSplitter.around(text, text.length(), text.length())).isEqualTo(new Sentence(7, 11));
        assertThat(SentenceSplitter.around("   ", 1, 2)).isEqualTo(new Sentence(1, 2));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentenceSplitter.around(text, 3, 99))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
