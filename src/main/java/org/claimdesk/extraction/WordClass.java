package org.claimdesk.extraction;

/**
 * The word classes of {@code lexicon.tsv}. Each token's classes are looked up once, when it is
 * made, and kept as bits, so that the many per-sentence tests of the rules are bit tests.
 */
enum WordClass {
    /** A word at which a number phrase may start: number, scale, vague and multiple words (built, not listed). */
    STARTER(true),
    /** The last word of a bound written before a number ("than" of "more than"), built from {@code bounds.tsv}. */
    BOUND_BEFORE(true),
    /** The first word of a bound written after one ("or" of "or more"), built from {@code bounds.tsv}. */
    BOUND_AFTER(true),
    REPORT, TITLE, ACCORDING, PASSIVE_BY, HEDGE, NOUN_HEDGE, HEDGE_DET, TIME, PERIOD, YEAR_PREP, NOT_A_SPEAKER,
    POLL, ASKED, LEAD, STANDING, RANK, ANSWER, POLL_MARGIN, PARTY, SEAT, ELECTED, ELECTION_VERB, TALLY,
    ELECTION, CONTEST, VOTE, VOTE_SHARE, TURNOUT, ACTOR,
    RETURNS, RETURN_WEAK, MIGRATION, MIGRATION_TOPIC, HOMELAND,
    MONEY_WORD,
    MONTH, ID_WORD, CAPITAL_OK, CLOCK, NOT_ATTRIBUTIVE, AGE_GROUP, PERSON_SUBJECT, PERSON_NOUN, STREET,
    TIME_AFTER, TIME_BEFORE, AGE_POLICY, DEFINITE, POSSESSIVE, DEFINING, DISCOURSE, PRONOUN_NEXT, PRONOUN_PREV,
    NOUN_STOP, NOT_PLURAL, IRREGULAR, PERSONS,
    DURATION_LEAD, SECOND_END_HEDGE, DETERMINER, HALF_BEFORE, HALF_HEDGE, LENGTH, AFTER_CHANGE, MODAL, UP, DOWN;

    /** Built from the number tables rather than listed in {@code lexicon.tsv}. */
    final boolean built;

    WordClass() {
        this(false);
    }

    WordClass(boolean built) {
        this.built = built;
    }

    /** Which long of a token's class bits holds this class, and its bit there. */
    final int word = ordinal() / 64;
    final long bit = 1L << (ordinal() % 64);

    /** Longs needed for the bits of all classes. */
    static final int WORDS = (values().length + 63) / 64;
}
