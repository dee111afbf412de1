package org.claimdesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Assigns a {@link ClaimType} from the unit and the words around the number. The window is the
 * clause-sized neighbourhood of the number (a few tokens before, more after), because in a long
 * sentence the words that tell a returns figure from an arrivals figure sit next to the number.
 */
final class ClaimTyper {

    private static final Set<String> LEAD = Set.of(
            "ahead", "behind", "lead", "leads", "leading", "clear", "gap", "margin", "trail", "trails", "trailing");
    /** Words placing a party in a race: "leads by three points on 24%". */
    private static final Set<String> STANDING = Set.of(
            "ahead", "behind", "lead", "leads", "leading", "trail", "trails", "trailing");
    private static final Set<String> ANSWER_VERBS = Set.of(
            "said", "say", "says", "thought", "think", "believe", "believed", "agreed", "agree", "backed", "back",
            "supported", "support", "wanted", "want", "felt", "feel", "disagreed", "opposed", "trust", "trusted");
    private static final Set<String> SEATS = Set.of("seat", "seats", "majority", "constituencies", "wards");
    private static final Set<String> VOTES = Set.of("vote", "votes", "voted", "turnout", "ballots", "ballot");
    /** "returned to their countries of origin": a return is a removal when it is to a country. */
    private static final Set<String> HOMELANDS = Set.of("country", "countries", "origin", "homeland", "homelands");
    /** Counted nouns that are never migration figures whatever the sentence is about. */
    private static final Set<String> ACTORS = Set.of(
            "mps", "ministers", "councillors", "peers", "members", "candidates", "parties", "officials", "officers",
            "staff", "lawyers", "judges", "countries", "councils", "groups", "voters");

    private ClaimTyper() {
    }

    private static final Set<String> TURNOUT = Set.of("turnout");
    private static final Set<String> VOTE_SHARE = Set.of("vote", "votes", "voted");
    private static final Set<String> MAJORITY = Set.of("majority");

    /** True when the sentence talks about a poll or survey. */
    static boolean pollSentence(List<Token> t) {
        for (Token x : t) {
            if (x.has(Lexicon.POLL)) {
                return true;
            }
        }
        return false;
    }

    static ClaimType type(List<Token> t, Mention m, Mention previous, ClaimType previousType, boolean pollSentence,
                          DocumentContext doc) {
        boolean pollDocument = doc.pollDocument;
        switch (m.kind) {
            case MONEY:
                return ClaimType.MONEY;
            case DURATION:
            case MULTIPLE:
            case MEASURE:
                return ClaimType.OTHER;
            case RATIO:
                return ClaimType.POLL_LEAD;
            case POINTS:
                // "percentage points" measure rates unless a poll or a lead is in sight
                boolean rate = m.numEnd >= 2 && t.get(m.numEnd - 2).is("percentage");
                return has(t, m, LEAD, 6, 6) || (pollSentence || pollDocument) && !rate
                        ? ClaimType.POLL_LEAD : ClaimType.PERCENTAGE;
            case PERCENT:
            case FRACTION:
                if (has(t, m, TURNOUT, 12, 12) || phrase(t, m, "of", "the", "vote")) {
                    return ClaimType.VOTE_COUNT;
                }
                if (pollSentence || (pollDocument && (answers(t, m) || partyOn(t, m) || has(t, m, STANDING, 8, 0)))) {
                    return ClaimType.POLL_SHARE;
                }
                if (has(t, m, VOTE_SHARE, 4, 2) || phrase(t, m, "of", "the", "votes")) {
                    return ClaimType.VOTE_COUNT; // "a vote share of 34%", "won 52% of the votes"
                }
                return ClaimType.PERCENTAGE;
            default:
                break;
        }
        String noun = m.noun;
        if (noun == null && previous != null && m.bare() && previous.noun != null) {
            noun = previous.noun; // "the 14 seats ..., and the 13 where": the noun is understood
        }
        if (noun != null && SEATS.contains(noun) || has(t, m, MAJORITY, 2, 0)) {
            return ClaimType.SEAT_COUNT;
        }
        if (noun != null && VOTES.contains(noun) || has(t, m, TURNOUT, 3, 3) || m.bare() && has(t, m, VOTES, 3, 0)) {
            return ClaimType.VOTE_COUNT;
        }
        if (noun != null && ACTORS.contains(noun)) {
            return ClaimType.COUNT;
        }
        if (m.bare() && previous != null && previousType != null
                && (previousType == ClaimType.MIGRATION_FIGURE || previousType == ClaimType.RETURNS_FIGURE)) {
            return previousType; // "36,816 people crossed ..., down from 45,774": the same measure
        }
        boolean migration = hasFlag(t, m, Lexicon.MIGRATION, 12, 10);
        if (hasFlag(t, m, Lexicon.RETURNS, 12, 10)
                || hasFlag(t, m, Lexicon.RETURN_WEAK, 12, 10)
                && (migration || doc.migrationDocument || has(t, m, HOMELANDS, 12, 14))) {
            return ClaimType.RETURNS_FIGURE;
        }
        if (migration) {
            return ClaimType.MIGRATION_FIGURE;
        }
        return ClaimType.COUNT;
    }

    /** "Labour on 27%": a party's level, in a document about polls. */
    private static boolean partyOn(List<Token> t, Mention m) {
        int k = m.startTok;
        return k >= 2 && t.get(k - 1).is("on") && t.get(k - 2).capitalized;
    }

    /** A sentence whose subject points back to the previous one: "It has since fallen to 431,000." */
    static boolean anaphoricStart(List<Token> t) {
        if (t.isEmpty()) {
            return false;
        }
        Token first = t.get(0);
        if (first.is("it") || first.is("this") || first.is("that")) {
            return true;
        }
        return first.is("the") && t.size() > 1 && (t.get(1).is("figure") || t.get(1).is("number") || t.get(1).is("total"));
    }

    /** The percentage is the subject of an answer verb: "61% said", "three-quarters of respondents said". */
    private static boolean answers(List<Token> t, Mention m) {
        int end = Math.min(t.size(), m.endTok + 6);
        for (int k = m.endTok; k < end; k++) {
            Token x = t.get(k);
            if (ANSWER_VERBS.contains(x.lower) || x.lower.startsWith("respondent") || x.is("voters")) {
                return true;
            }
            if (x.kind == Token.Kind.PUNCT && !x.isPunct('(') && !x.isPunct(')')) {
                return false;
            }
        }
        return false;
    }

    private static boolean phrase(List<Token> t, Mention m, String a, String b, String c) {
        int k = m.endTok;
        return k + 2 < t.size() && t.get(k).is(a) && t.get(k + 1).is(b) && t.get(k + 2).is(c);
    }

    private static boolean hasFlag(List<Token> t, Mention m, int flag, int before, int after) {
        int from = Math.max(0, m.startTok - before);
        int to = Math.min(t.size(), m.endTok + after);
        for (int k = from; k < to; k++) {
            if (t.get(k).has(flag)) {
                return true;
            }
        }
        return false;
    }

    static boolean has(List<Token> t, Mention m, Set<String> words, int before, int after) {
        int from = Math.max(0, m.startTok - before);
        int to = Math.min(t.size(), m.endTok + after);
        for (int k = from; k < to; k++) {
            if (words.contains(t.get(k).lower)) {
                return true;
            }
        }
        return false;
    }
}
