package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.claimdesk.extraction.QuantityPhrase.Kind;

/**
 * Fourth stage, part two: assigns a {@link ClaimType}. The rules are one ordered table, read top
 * down; the first that applies decides. They look at the phrase (its kind, unit, noun), at the
 * clause-sized window around it (in a long sentence the words that tell a returns figure from an
 * arrivals figure sit next to the number), at the sentence (a poll, an earlier share in the same
 * list) and at the article (a poll mentioned a few sentences back, an election story, its
 * currency). Every rule carries example sentences that {@code ClaimTyperTest} runs.
 */
final class ClaimTyper {

    /** Above this a "majority" is counted in votes: no parliament has that many seats to spare. */
    private static final BigDecimal MAX_SEAT_MAJORITY = BigDecimal.valueOf(700);
    /** Above this "won 411" is no longer a seat count. */
    private static final BigDecimal MAX_SEATS = BigDecimal.valueOf(700);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** What a rule sees: the phrase, its sentence, the claim just before it, the article. */
    static final class Subject {
        final List<Token> t;
        final QuantityPhrase q;
        final DocumentContext doc;
        /** The union of the sentence's word classes: "is there a poll word in this sentence" is one bit test. */
        final long[] sentenceClasses;
        final boolean pollSentence;
        /** The previous claim of this sentence (or of the last one, when this one starts "It..."), and its type. */
        final QuantityPhrase previous;
        final ClaimType previousType;
        /** The type of the other end of the change this phrase closes ("from 20 points to just 4"), or null. */
        final ClaimType changeType;

        Subject(List<Token> t, QuantityPhrase q, DocumentContext doc, long[] sentenceClasses, QuantityPhrase previous,
                ClaimType previousType, ClaimType changeType) {
            this.t = t;
            this.q = q;
            this.doc = doc;
            this.sentenceClasses = sentenceClasses;
            this.pollSentence = (sentenceClasses[WordClass.POLL.word] & WordClass.POLL.bit) != 0;
            this.previous = previous;
            this.previousType = previousType;
            this.changeType = changeType;
        }

        /** The counted noun, or for a bare number the one of the claim before ("the 14 seats ..., and the 13 where"). */
        String noun() {
            if (q.noun() == null && previous != null && q.bare() && previous.noun() != null) {
                return previous.noun();
            }
            return q.noun();
        }

        boolean nounIs(WordClass c) {
            String noun = noun();
            return noun != null && Lexicon.is(noun, c);
        }

        /** A word of the class in [start - before, end + after). */
        boolean near(WordClass c, int before, int after) {
            if (!inSentence(c)) {
                return false;
            }
            int from = Math.max(0, q.start() - before);
            int to = Math.min(t.size(), q.end() + after);
            for (int k = from; k < to; k++) {
                if (t.get(k).has(c)) {
                    return true;
                }
            }
            return false;
        }

        boolean inSentence(WordClass c) {
            return (sentenceClasses[c.word] & c.bit) != 0;
        }

        Token before(int k) {
            int i = q.start() - k;
            return i >= 0 ? t.get(i) : null;
        }

        boolean follows(String... words) {
            int k = q.end();
            if (k + words.length > t.size()) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                if (!t.get(k + i).is(words[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One row: the type it gives (null: the type of the other end of its change, or of the claim
     * before), the kinds of phrase it is for, when it applies to one of them, and examples.
     */
    record Rule(String name, ClaimType type, Set<Kind> kinds, Predicate<Subject> when, List<String> examples) {

        boolean applies(Subject s) {
            return kinds.contains(s.q.kind()) && when.test(s);
        }
    }

    private static final Set<Kind> ANY = EnumSet.allOf(Kind.class);
    private static final Set<Kind> SHARES = EnumSet.of(Kind.PERCENT, Kind.FRACTION);
    private static final Set<Kind> COUNTS = EnumSet.of(Kind.NUMBER);

    private static Set<Kind> only(Kind kind) {
        return EnumSet.of(kind);
    }

    private static Rule rule(String name, ClaimType type, Set<Kind> kinds, Predicate<Subject> when, String... examples) {
        return new Rule(name, type, kinds, when, List.of(examples));
    }

    /** Examples read "SENTENCE => QUOTE" (or "=> QUOTE = TYPE" where the row's type depends on context). */
    static final List<Rule> RULES = List.of(
            // --- the shape of the phrase decides ---
            rule("money", ClaimType.MONEY, only(Kind.MONEY), s -> true,
                    "The council spent £4.2m on consultants. => £4.2m",
                    "The firm was fined RM250,000 by the regulator. => RM250,000"),
            rule("ratio", ClaimType.POLL_LEAD, only(Kind.RATIO), s -> true,
                    "Members backed the deal by two to one in the ballot. => two to one"),
            rule("duration", ClaimType.OTHER, only(Kind.DURATION), s -> true,
                    "The review took 18 months to finish. => 18 months"),
            rule("multiple", ClaimType.OTHER, only(Kind.MULTIPLE), s -> true,
                    "Demand is three to four times higher than supply. => three to four times"),
            rule("measure", ClaimType.OTHER, only(Kind.MEASURE), s -> true,
                    "The car reached 70mph on the bypass. => 70mph"),
            // --- the second end of a change measures what the first does ---
            rule("other end of a change", null, ANY, s -> s.changeType != null && s.changeType != ClaimType.OTHER,
                    "Labour's lead has narrowed from 20 points to just 4 in six months. => just 4 = POLL_LEAD",
                    "The asylum backlog fell from 90,000 to 60,000 in the year. => 60,000 = MIGRATION_FIGURE"),
            // --- points ---
            rule("points in a race", ClaimType.POLL_LEAD, only(Kind.POINTS), s -> (s.near(WordClass.LEAD, 6, 6)
                            || (s.pollSentence || s.doc.pollDocument) && !percentagePoints(s)),
                    "A weekend poll put the Greens four points ahead of the Liberals. => four points ahead",
                    "The gap narrowed to 3 points in the race. => 3 points"),
            rule("points of a rate", ClaimType.PERCENTAGE, only(Kind.POINTS), s -> true,
                    "Before the poll, interest rates rose by 0.25 percentage points. => 0.25 percentage points",
                    "The central bank cut its key rate by 25 basis points in the poll week. => 25 basis points"),
            // --- shares ---
            rule("turnout", ClaimType.VOTE_COUNT, SHARES, s -> (s.near(WordClass.TURNOUT, 12, 12)
                            || s.follows("of", "the", "vote")),
                    "Turnout fell to 59% across the county. => 59%",
                    "The party took 41% of the vote in the ward. => 41%"),
            rule("share in a poll sentence", ClaimType.POLL_SHARE, SHARES, s -> s.pollSentence,
                    "In the latest survey the Liberals are on 27%. => 27%",
                    "Some 19% of those surveyed backed the plan. => Some 19%"),
            rule("share of those asked", ClaimType.POLL_SHARE, SHARES, ClaimTyper::ofThoseAsked,
                    "Some 31% of the parents asked said no. => Some 31% of the parents"),
            rule("answer or standing in a poll story", ClaimType.POLL_SHARE, SHARES, s -> s.doc.pollDocument
                            && (answers(s) || partyOn(s) || s.near(WordClass.STANDING, 8, 0)),
                    "The latest poll is out.\\n\\nThe Greens lead by three points on 24%. => 24%",
                    "A new poll is out today.\\nThe Greens were fourth on 11%, while the Liberals held steady at 15%. => 15%"),
            rule("party list after a poll", ClaimType.POLL_SHARE, SHARES, s -> (s.doc.pollRecent() || s.doc.pollDocument)
                            && (partyBefore(s) || rankBefore(s) || listedAfterShare(s)),
                    "A new poll is out today.\\nThe Greens were fourth on 11%, while the Liberals held steady at 15%. => 11%",
                    "The poll was taken last week.\\n\\nReform is on 29%, Labour 22% and the Tories 17%. => 22%",
                    "The poll was taken last week.\\n\\nReform is on 29%, Labour 22% and the Tories 17%. => 17%"),
            rule("vote share", ClaimType.VOTE_COUNT, SHARES, s -> (s.near(WordClass.VOTE_SHARE, 4, 2)
                            || s.follows("of", "the", "votes")),
                    "The party's vote share rose to 34% in the county. => 34%",
                    "Some 48% voted to leave in the referendum. => Some 48%"),
            rule("percentage", ClaimType.PERCENTAGE, SHARES, s -> true,
                    "The tax rate for the richest will be 45%. => 45%",
                    "A third of councils missed the deadline. => A third of councils"),
            // --- counts: elections ---
            rule("majority in votes", ClaimType.VOTE_COUNT, COUNTS, s -> majorityBefore(s) && !s.nounIs(WordClass.SEAT)
                            && (s.q.value().compareTo(MAX_SEAT_MAJORITY) > 0 || s.near(WordClass.VOTE, 0, 2)
                            || s.inSentence(WordClass.CONTEST) || byElection(s)),
                    "She held the seat with a majority of 12,350. => 12,350",
                    "In the by-election the party held on with a majority of six. => six"),
            rule("seats", ClaimType.SEAT_COUNT, COUNTS, s -> s.nounIs(WordClass.SEAT) || majorityBefore(s),
                    "The party won 89 seats at the last election. => 89 seats",
                    "The government holds a majority of 194 in the chamber. => 194",
                    "Labour's majority could be cut from 161 to about 80. => 161",
                    "Labour's 161-seat majority was the largest. => 161-seat",
                    "The party is standing in up to 140 of its constituencies. => up to 140 of its constituencies",
                    "The party won 9 of the 57 seats. => 9 of the 57 seats"),
            rule("votes", ClaimType.VOTE_COUNT, COUNTS, s -> (s.nounIs(WordClass.VOTE) || s.near(WordClass.TURNOUT, 3, 3)
                            || s.q.bare() && s.near(WordClass.VOTE, 3, 0)),
                    "The candidate received 12,345 votes in the recount. => 12,345 votes",
                    "MPs voted 320 to 210 in favour of the bill. => 320"),
            rule("members won or lost", ClaimType.SEAT_COUNT, COUNTS, s -> s.nounIs(WordClass.ELECTED)
                            && (s.doc.electionDocument || s.inSentence(WordClass.SEAT)) && electionVerbBefore(s),
                    "After the election the party was cut to 52 MPs. => 52 MPs",
                    "At the general election Labour gained 12 MPs in Scotland. => 12 MPs"),
            rule("tally of seats", ClaimType.SEAT_COUNT, COUNTS, s -> s.q.bare()
                            && (s.doc.electionDocument || s.inSentence(WordClass.SEAT)) && tallyBefore(s),
                    "On election night the gains brought their tally to 77. => 77"),
            rule("seats won without the word", ClaimType.SEAT_COUNT, COUNTS, s -> s.q.bare()
                            && s.q.value().compareTo(MAX_SEATS) <= 0 && s.doc.electionDocument
                            && (s.inSentence(WordClass.SEAT) || s.previousType == ClaimType.SEAT_COUNT) && wonBefore(s),
                    "Labour won 411 at the election, a gain of 209 seats. => 411"),
            rule("actors", ClaimType.COUNT, COUNTS, s -> s.nounIs(WordClass.ACTOR),
                    "A group of 40 Labour MPs wrote about immigration. => 40 Labour MPs"),
            // --- counts: migration ---
            rule("same measure as before", null, COUNTS, s -> s.q.bare() && s.previous != null
                            && (s.previousType == ClaimType.MIGRATION_FIGURE || s.previousType == ClaimType.RETURNS_FIGURE),
                    "Net migration reached 700,000 in the spring.\\n\\nIt has since fallen to 430,000. => 430,000 = MIGRATION_FIGURE"),
            rule("returns", ClaimType.RETURNS_FIGURE, COUNTS, s -> (s.near(WordClass.RETURNS, 12, 10)
                            || s.near(WordClass.RETURN_WEAK, 12, 10) && (s.near(WordClass.MIGRATION, 12, 10)
                            || s.doc.migrationDocument || s.near(WordClass.HOMELAND, 12, 14))),
                    "Some 17,000 people were returned to their countries of origin. => Some 17,000 people",
                    "The agency deported 450 offenders in the spring. => 450 offenders"),
            rule("migration", ClaimType.MIGRATION_FIGURE, COUNTS, s -> s.near(WordClass.MIGRATION, 12, 10),
                    "About 30,000 migrants crossed the Channel in small boats. => About 30,000 migrants",
                    "The office received 84,000 asylum claims. => 84,000 asylum claims"),
            // --- counts: money without a currency ---
            rule("money without a symbol", ClaimType.MONEY, COUNTS, s -> s.q.bare()
                            && (s.q.vague() || s.q.scale() >= 1_000_000 || s.q.value().abs().compareTo(MILLION) >= 0 && s.q.words())
                            && moneyWordBefore(s),
                    "The government spent tens of millions on consultants. => tens of millions",
                    "The scheme will cost billions over the decade. => billions"),
            rule("count", ClaimType.COUNT, ANY, s -> true,
                    "The trust employs 3,500 nurses. => 3,500 nurses",
                    "The fire destroyed 48 homes. => 48 homes"));

    private ClaimTyper() {
    }

    /** A decision: the type and the rule that gave it. */
    record Decision(ClaimType type, String rule) {
    }

    static Decision type(List<Rule> rules, Subject s) {
        for (Rule r : rules) {
            if (r.applies(s)) {
                return new Decision(r.type() != null ? r.type() : s.changeType != null ? s.changeType : s.previousType, r.name());
            }
        }
        throw new IllegalStateException("no typing rule applies; the last one must apply to everything");
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

    private static boolean percentagePoints(Subject s) {
        return s.q.numEnd() >= 2 && s.t.get(s.q.numEnd() - 2).is("percentage") || "basis points".equals(s.q.unit());
    }

    /** "Labour on 27%": a party's level, in a document about polls. */
    private static boolean partyOn(Subject s) {
        Token on = s.before(1);
        Token party = s.before(2);
        return on != null && on.is("on") && party != null && party.capitalized;
    }

    /** The share is the subject of an answer verb: "61% said", "three-quarters of respondents said". */
    private static boolean answers(Subject s) {
        int end = Math.min(s.t.size(), s.q.end() + 6);
        for (int k = s.q.end(); k < end; k++) {
            Token x = s.t.get(k);
            if (x.has(WordClass.ANSWER) || x.lower.startsWith("respondent") || x.is("voters")) {
                return true;
            }
            if (x.kind == Token.Kind.PUNCT && !x.isPunct('(') && !x.isPunct(')')) {
                return false;
            }
        }
        return false;
    }

    /** "19% of those surveyed", "a third of voters asked". */
    private static boolean ofThoseAsked(Subject s) {
        int k = s.q.end();
        if (k >= s.t.size() || !s.t.get(k).is("of")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.t.size(), k + 4); j++) {
            Token x = s.t.get(j);
            if (x.has(WordClass.ASKED)) {
                return true;
            }
            if (!x.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** A party named just before the share: "Labour 22%", "the Greens on 9%", "Reform UK at 29%". */
    private static boolean partyBefore(Subject s) {
        for (int k = 1; k <= 3; k++) {
            Token x = s.before(k);
            if (x == null || x.kind == Token.Kind.NUM || x.kind == Token.Kind.PERCENT) {
                return false;
            }
            String w = x.lower.endsWith("'s") || x.lower.endsWith("\u2019s") ? x.lower.substring(0, x.lower.length() - 2) : x.lower;
            if (Lexicon.is(w, WordClass.PARTY) && x.capitalized) {
                return true;
            }
            if (!(x.isWord() && (x.is("on") || x.is("at") || x.is("with") || x.is("the") || x.capitalized))) {
                return false;
            }
        }
        return false;
    }

    /** "fourth on 11%", "second at 20%": a rank in a poll table. */
    private static boolean rankBefore(Subject s) {
        Token on = s.before(1);
        Token rank = s.before(2);
        return on != null && (on.is("on") || on.is("at")) && rank != null && rank.has(WordClass.RANK)
                || on != null && on.has(WordClass.STANDING);
    }

    /** The next item of a list whose previous item was a poll share: "..., while the Liberals held steady at 15%". */
    private static boolean listedAfterShare(Subject s) {
        if (s.previousType != ClaimType.POLL_SHARE || s.previous == null) {
            return false;
        }
        for (int k = s.previous.quoteEnd(); k < s.q.start(); k++) {
            Token x = s.t.get(k);
            if (x.isPunct('.') || x.isPunct(';') && k - s.previous.quoteEnd() > 12) {
                return false;
            }
        }
        return s.q.start() - s.previous.quoteEnd() <= 12;
    }

    /** The sentence names a by-election (written "by-election": three tokens). */
    private static boolean byElection(Subject s) {
        for (int k = 0; k + 2 < s.t.size(); k++) {
            if (s.t.get(k).is("by") && s.t.get(k + 1).isDash() && s.t.get(k + 2).lower.startsWith("election")) {
                return true;
            }
        }
        return false;
    }

    /** "a majority of 194", "its majority could be cut from 161": the number measures a majority. */
    private static boolean majorityBefore(Subject s) {
        for (int k = 1; k <= 5; k++) {
            Token x = s.before(k);
            if (x == null || x.kind == Token.Kind.NUM || x.isPunct(',') || x.isPunct(';')) {
                return false;
            }
            if (x.is("majority")) {
                return k <= 2 || s.before(1).is("from") || s.before(1).is("to"); // further back only as a change
            }
        }
        return false;
    }

    /** "cut to 52 MPs", "gained 12 MPs", "reduced to just 52 MPs": a result in seats. */
    private static boolean electionVerbBefore(Subject s) {
        for (int k = 1; k <= 2; k++) {
            Token x = s.before(k);
            if (x == null || !x.isWord()) {
                return false;
            }
            if (x.has(WordClass.ELECTION_VERB)) {
                return true;
            }
            if (!(x.is("to") || x.is("just") || x.is("only") || x.is("their") || x.is("its") || x.is("a"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean tallyBefore(Subject s) {
        for (int k = 1; k <= 4; k++) {
            Token x = s.before(k);
            if (x == null || x.kind == Token.Kind.NUM) {
                return false;
            }
            if (x.has(WordClass.TALLY) || x.is("total") && s.inSentence(WordClass.SEAT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wonBefore(Subject s) {
        Token x = s.before(1);
        return x != null && (x.is("won") || x.is("took") || x.is("gained") || x.is("lost") || x.is("held") || x.is("win"));
    }

    /** "spent tens of millions", "costing the taxpayer billions": money written without a currency. */
    private static boolean moneyWordBefore(Subject s) {
        for (int k = 1; k <= 4; k++) {
            Token x = s.before(k);
            if (x == null || x.kind == Token.Kind.NUM || x.isPunct('.')) {
                return false;
            }
            if (x.has(WordClass.MONEY_WORD)) {
                return true;
            }
        }
        return false;
    }

    static List<String> ruleNames() {
        List<String> out = new ArrayList<>();
        RULES.forEach(r -> out.add(r.name()));
        return out;
    }
}
