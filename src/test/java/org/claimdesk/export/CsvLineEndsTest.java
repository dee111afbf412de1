package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvLineEndsTest {

    private static String through(String... pieces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLineEnds out = new CsvLineEnds(bytes)) {
            for (String p : pieces) {
                out.write(p.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void recordsEndInCrlfAndLineFeedsInQuotedCellsStay() throws IOException {
        assertThat(through("id,quote\n", "1,\"two\nlines, \"\"quoted\"\"\"\n", "2,plain é\n"))
                .isEqualTo("id,quote\r\n1,\"two\nlines, \"\"quoted\"\"\"\r\n2,plain é\r\n");
    }

    @Test
    void aQuotedCellSplitAcrossWritesIsFollowed() throws IOException {
        assertThat(through("1,\"a\n", "b\"\n", "2,\"\"\n")).isEqualTo("1,\"a\nb\"\r\n2,\"\"\r\n");
    }
}
