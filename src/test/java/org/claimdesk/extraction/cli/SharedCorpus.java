package org.claimdesk.extraction.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code ../shared/corpus} is: beside the repository on every developer machine and in CI, but
 * a clone made elsewhere finds it by walking up from the working directory, or by
 * {@code -Dclaimdesk.corpus=DIR} ({@code DIR} holding {@code dev/} and {@code score.py}).
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    /** {@code name} inside the corpus directory, if one is found. */
    static Optional<Path> find(String name) {
        String given = System.getProperty("claimdesk.corpus", System.getenv("CLAIMDESK_CORPUS"));
        if (given != null) {
            return Optional.of(Path.of(given, name)).filter(Files::exists);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus").resolve(name);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
