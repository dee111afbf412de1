package org.claimdesk.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word classes that several rules test on every token of a sentence. Each word's classes are
 * looked up once, when the token is made, and stored as bits, so that later per-sentence scans
 * (reporting verbs, poll words, hedges, number starters) are bit tests instead of hash look-ups.
 */
final class Lexicon {

    /** A word at which a quantity phrase may start (number, scale, vague, multiple words, articles). */
    static final int STARTER = 1;
    /** A reporting verb that attributes a figure: said, told, claimed... */
    static final int REPORT = 1 << 1;
    /** A word that marks a poll or survey. */
    static final int POLL = 1 << 2;
    /** A hedge that weakens a figure: suggested, estimated, around... */
    static final int HEDGE = 1 << 3;
    /** A word that opens a time expression: since, last, next, this, yesterday... */
    static final int TIME = 1 << 4;
    /** A word about people being returned, removed or deported. */
    static final int RETURNS = 1 << 5;
    /** A word about immigration and asylum. */
    static final int MIGRATION = 1 << 6;
    /** A word that means returns only in an immigration context. */
    static final int RETURN_WEAK = 1 << 7;

    static final Set<String> TIME_WORDS = Set.of(
            "since", "last", "next", "this", "yesterday", "today", "tomorrow", "tonight");
    /** Words that always mean people sent back. */
    static final Set<String> RETURNS_WORDS = Set.of(
            "removal", "removals", "deported", "deportation", "deportations", "deport", "repatriated", "repatriation",
            "expelled", "deporting", "deportees");
    /** Words that mean people sent back only in an immigration story ("returned to Westminster" does not). */
    static final Set<String> RETURN_WEAK_WORDS = Set.of(
            "returned", "return", "returns", "returning", "removed", "removing");
    static final Set<String> MIGRATION_WORDS = Set.of(
            "asylum", "migrant", "migrants", "immigrant", "immigrants", "refugee", "refugees", "crossings", "crossed",
            "arrivals", "arrived", "arriving", "migration", "visas", "visa", "boats", "channel", "seekers", "border",
            "sham", "illegally", "detained", "detention", "immigration");

    static final Set<String> REPORT_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "claimed", "claims", "added", "argued", "warned", "insisted",
            "stated", "suggested", "suggests", "estimated", "estimates", "predicted", "forecast", "announced",
            "revealed", "admitted", "explained", "wrote", "confirmed", "pledged", "promised", "believes", "thinks");
    static final Set<String> POLL_WORDS = Set.of(
            "poll", "polls", "polling", "survey", "surveyed", "respondents", "questioned", "quizzed", "yougov",
            "ipsos", "icm", "mori", "opinium", "savanta", "survation", "interviewed", "pollster", "pollsters",
            "intention", "intentions");
    static final Set<String> HEDGES = Set.of(
            "suggested", "suggests", "suggest", "claimed", "claims", "claim", "estimated", "estimate", "estimates",
            "thought", "believed", "expected", "predicted", "forecast", "projected", "tipped", "could", "may",
            "might", "around", "about", "nearly", "almost", "approximately", "roughly", "perhaps", "reportedly",
            "allegedly", "alleged", "possibly", "likely", "unconfirmed");
    private static final Set<String> STARTERS = Set.of(
            "a", "an", "half", "multi", "several", "dozen", "dozens", "tens", "doubled", "doubling", "twice",
            "halved", "halving", "tripled", "trebled", "quadrupled");

    private static final Map<String, Integer> FLAGS = new HashMap<>();

    static {
        REPORT_VERBS.forEach(w -> add(w, REPORT));
        POLL_WORDS.forEach(w -> add(w, POLL));
        HEDGES.forEach(w -> add(w, HEDGE));
        STARTERS.forEach(w -> add(w, STARTER));
        TIME_WORDS.forEach(w -> add(w, TIME));
        RETURNS_WORDS.forEach(w -> add(w, RETURNS));
        RETURN_WEAK_WORDS.forEach(w -> add(w, RETURN_WEAK));
        MIGRATION_WORDS.forEach(w -> add(w, MIGRATION));
        NumberWords.forEachWord(w -> add(w, STARTER));
    }

    private Lexicon() {
    }

    private static void add(String word, int flag) {
        FLAGS.merge(word, flag, (a, b) -> a | b);
    }

    static int flags(String lower) {
        Integer f = FLAGS.get(lower);
        return f == null ? 0 : f;
    }
}
