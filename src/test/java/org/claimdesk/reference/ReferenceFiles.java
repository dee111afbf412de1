package org.claimdesk.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The official tables in ../shared/reference, as their publishers ship them. */
public final class ReferenceFiles {

    public static final Path DIR = Path.of("..", "shared", "reference");
    public static final String GE2024 = "hoc-ge2024-results-by-constituency.csv";
    public static final String GE2019 = "hoc-ge2019-results-by-constituency.csv";
    public static final String DETECTIONS = "homeoffice-irregular-migration-detections.csv";
    public static final String RETURNS = "homeoffice-returns-by-destination.csv";

    private ReferenceFiles() {
    }

    public static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
