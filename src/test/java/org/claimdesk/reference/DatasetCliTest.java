package org.claimdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimdesk.Fixtures;
import org.junit.jupiter.api.Test;

/** import-dataset: offline check of a file, and an import into the running desk over its API. */
@QuarkusTest
class DatasetCliTest {

    @TestHTTPResource("/")
    URL base;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String password, String... args) {
        return DatasetCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), password);
    }

    @Test
    void checksAFileWithoutAServer() {
        String file = ReferenceFiles.DIR.resolve(ReferenceFiles.DETECTIONS).toString();
        assertThat(run(null, "import-dataset", file, "--name", "d", "--format", "homeoffice", "--check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: 10816 rows, 9 columns, covering 2018 Q1\u20132023 Q4");
    }

    @Test
    void aBrokenFileIsRefusedWithItsLine() throws Exception {
        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(bad, "Year,Count\n2023,4\n2024,four\n");
        assertThat(run(null, "import-dataset", bad.toString(), "--name", "x", "--format", "long", "--check")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REFUSED: File: line 3, column 2 (Count): 'four' is not a number");
    }

    @Test
    void importsIntoTheRunningDesk() {
        String file = ReferenceFiles.DIR.resolve(ReferenceFiles.GE2019).toString();
        String name = "cli-" + Fixtures.marker();
        assertThat(run("demo", "import-dataset", file, "--name", name, "--format", "hoc-results", "--url", base.toString(),
                "--user", "reviewer", "--release-date", "2020-01-28")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("STORED: dataset " + name).contains("version 1, 650 rows");
        assertThat(run("demo", "import-dataset", file, "--name", name, "--format", "hoc-results", "--url",
                base.toString(), "--user", "editor")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REFUSED (403)");
        assertThat(run(null, "import-dataset", file, "--name", name, "--format", "hoc-results")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("CLAIMDESK_PASSWORD");
    }
}
