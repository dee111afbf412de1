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
}
