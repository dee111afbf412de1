package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken row stops its table from loading, with the file and line, instead of extracting nonsense. */
class TableTest {

    @Test
    void readsRowsAndTheirExamples() {
        List<Table.Row> rows = Table.parse("t.tsv", List.of(
                "# a comment",
                "k | 1000 | suffix",
                "    e.g. The club sold 5k tickets. => 5k tickets = 5000",
                "",
                "m | 1000000 | suffix"), 3, 3);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("k", "1000", "suffix");
        assertThat(rows.get(0).examples()).singleElement().satisfies(e -> {
            assertThat(e.sentence()).isEqualTo("The club sold 5k tickets.");
            assertThat(e.quote()).isEqualTo("5k tickets");
            assertThat(e.expected()).isEqualTo("5000");
        });
        assertThat(rows.get(1).line()).isEqualTo(5);
    }

    @Test
    void aRowWithTooFewCellsNamesItsLine() {
        assertThatThrownBy(() -> Table.parse("scales.tsv", List.of("k | 1000 | suffix", "m 1000000 suffix"), 3, 3))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("scales.tsv:2: expected 3 cells");
    }

    @Test
    void anExampleMustHoldItsQuoteAndStandUnderARow() {
        assertThatThrownBy(() -> Table.parse("u.tsv", List.of("mg | mg | mass | both | exact",
                "    e.g. The dose was 50mg. => 60mg = 60 mg"), 5, 5))
                .hasMessageStartingWith("u.tsv:2: the quote '60mg' is not in the sentence");
        assertThatThrownBy(() -> Table.parse("u.tsv", List.of("e.g. The dose was 50mg. => 50mg = 50 mg"), 5, 5))
                .hasMessageStartingWith("u.tsv:1: an example must be indented under its row");
        assertThatThrownBy(() -> Table.parse("u.tsv", List.of("mg | mg | mass | both | exact", "  e.g. no arrow here"), 5, 5))
                .hasMessageStartingWith("u.tsv:2: an example reads");
    }

    @Test
    void everyTableLoads() {
        assertThat(Scales.rows()).isNotEmpty();
        assertThat(Units.rows()).isNotEmpty();
        assertThat(Currencies.rows()).isNotEmpty();
        assertThat(Bounds.rows()).isNotEmpty();
        assertThat(Lexicon.is("said", WordClass.REPORT)).isTrue();
    }

    @Test
    void theScaleTableAgreesWithIcu() {
        NumberWords.icuScales().forEach((word, value) -> assertThat(Scales.word(word)).as(word).isEqualTo(value));
    }
}
