package org.claimdesk.extraction;

import java.util.List;
import java.util.Optional;

/** Test helpers around the default extractor. */
final class Extract {

    private Extract() {
    }

    static List<Quantity> all(String text) {
        return ClaimExtractor.DEFAULT.extract(text);
    }

    static List<Quantity> claims(String text) {
        return ClaimExtractor.DEFAULT.extractClaims(text);
    }

    /** The single claim of a sentence; fails when there is none or more than one. */
    static Quantity only(String text) {
        List<Quantity> c = claims(text);
        if (c.size() != 1) {
            throw new AssertionError("expected one claim in <" + text + "> but got " + c);
        }
        return c.get(0);
    }

    /** The quantity whose quote contains the given fragment. */
    static Optional<Quantity> find(String text, String fragment) {
        return all(text).stream().filter(q -> q.quote().contains(fragment)).findFirst();
    }
}
