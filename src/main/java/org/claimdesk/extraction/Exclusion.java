package org.claimdesk.extraction;

/**
 * Why a quantity found in a text is not a numeric claim under the annotation guidelines
 * ({@code ../shared/corpus/GUIDELINES.md}). {@link #quantity()} tells whether it still measures
 * something, which is what a quantity benchmark counts ({@code extract --quantities}): an age is a
 * quantity that is not a claim; a year, a name or an ordinal is no quantity at all.
 */
public enum Exclusion {
    YEAR("year", false),
    DATE("date", false),
    /** A point in time given by a duration: "three months ago", "a year later", "ten years on". */
    RELATIVE_DATE("relative-date", false),
    TIME("time", false),
    DECADE("decade", false),
    IDENTIFIER("identifier", false),
    CODE("code", false),
    ORDINAL("ordinal", false),
    LIST_MARKER("list-marker", false),
    /** "net zero", "zero tolerance": a name, no amount. */
    ZERO("zero", false),
    /** "one of the few moments", "no one": a pronoun. */
    ONE_AS_PRONOUN("one-as-pronoun", false),
    AGE("age", true),
    /** A duration that only places an event in time: "after 30 years", "within a decade". */
    TIME_REFERENCE("time-reference", true),
    /** "One protester was taken to hospital": one used like "a". */
    ONE_AS_ARTICLE("one-as-article", true),
    /** A private detail of an anonymous writer: "my two children". */
    PRIVATE("private", true),
    /** Counts the items of a list spelled out right there, or the parts of an argument: "two issues: ...". */
    LIST("list", true),
    /** Only refers back to things just named: "the three", "the two main parties". */
    RE_IDENTIFIES("re-identifies", true),
    /** Names a thing by a number in a compound adjective: "a five-point plan". */
    COMPOUND("compound", true),
    /** In a question that asserts nothing: "for £5?". */
    QUESTION("question", true);

    private final String label;
    private final boolean quantity;

    Exclusion(String label, boolean quantity) {
        this.label = label;
        this.quantity = quantity;
    }

    /** Lower-case words for people: "time-reference". */
    public String label() {
        return label;
    }

    /** True when the number still measures something (a quantity benchmark counts it), only not as a claim. */
    public boolean quantity() {
        return quantity;
    }
}
