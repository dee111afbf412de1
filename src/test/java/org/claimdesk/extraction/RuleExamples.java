package org.claimdesk.extraction;

import java.util.List;

/** Reads the examples of the Java rule tables: "SENTENCE => QUOTE" or "SENTENCE => QUOTE = EXPECTED". */
final class RuleExamples {

    record Example(String sentence, String quote, String expected) {
    }

    private RuleExamples() {
    }

    static Example parse(String example) {
        int arrow = example.lastIndexOf(" => ");
        if (arrow < 0) {
            throw new AssertionError("an example reads 'SENTENCE => QUOTE': " + example);
        }
        String sentence = example.substring(0, arrow).replace("\\n", "\n");
        String rest = example.substring(arrow + 4);
        int eq = rest.lastIndexOf(" = ");
        String quote = eq < 0 ? rest : rest.substring(0, eq);
        return new Example(sentence, quote, eq < 0 ? null : rest.substring(eq + 3));
    }

    /** The traced quantity quoted exactly so in the example's sentence. */
    static ClaimExtractor.Traced find(Example e) {
        List<ClaimExtractor.Traced> all = ClaimExtractor.DEFAULT.trace(e.sentence());
        return all.stream().filter(t -> t.quantity().quote().equals(e.quote())).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity quoted '" + e.quote() + "' in <" + e.sentence()
                        + ">; found " + all.stream().map(t -> t.quantity().quote()).toList()));
    }
}
