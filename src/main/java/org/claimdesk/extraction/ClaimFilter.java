package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.claimdesk.extraction.QuantityPhrase.Kind;

/**
 * Fourth stage, part one: decides which quantity phrases are not numeric claims under the
 * guidelines and why. The rules are one ordered table; the first rule that applies decides. A
 * rule with no exclusion keeps the phrase as a claim and stops the look-up ("only one MP"); a
 * claim in a question is then excluded as asserting nothing. Every rule carries example
 * sentences that {@code ClaimFilterTest} runs.
 */
final class ClaimFilter {

    private static final BigDecimal YEAR_MIN = BigDecimal.valueOf(1000);
    private static final BigDecimal YEAR_MAX = BigDecimal.valueOf(2100);
    private static final BigDecimal MAX_AGE = BigDecimal.valueOf(120);
    private static final BigDecimal DAYS = BigDecimal.valueOf(31);

    /** What a rule sees: the sentence's tokens and one phrase, with its neighbours at hand. */
    static final class Subject {
        final List<Token> t;
        final QuantityPhrase q;
        final boolean question;
        final Token first;
        final Token prev;
        final Token next;

        /** The {@link Shape} bits of the phrase, worked out once. */
        final int shapes;

        Subject(List<Token> t, QuantityPhrase q, boolean question) {
            this.t = t;
            this.q = q;
            this.question = question;
            this.first = t.get(q.numStart());
            this.prev = q.numStart() > 0 ? t.get(q.numStart() - 1) : null;
            this.next = q.numEnd() < t.size() ? t.get(q.numEnd()) : null;
            boolean num = first.kind == Token.Kind.NUM;
            this.shapes = Shape.ANY.bit | (num ? Shape.NUMBER.bit : 0) | (num && !first.lower.isEmpty() ? Shape.SUFFIXED.bit : 0)
                    | (plainInteger() ? Shape.PLAIN_INTEGER.bit : 0) | (ageable() ? Shape.AGEABLE.bit : 0)
                    | (q.kind() == Kind.DURATION ? Shape.DURATION.bit : 0) | (q.words() ? Shape.WORDS.bit : 0)
                    | (first.is("one") ? Shape.ONE.bit : 0) | (smallWords() ? Shape.SMALL_WORDS.bit : 0);
        }

        Token at(int k) {
            return k >= 0 && k < t.size() ? t.get(k) : null;
        }

        boolean suffix(String... suffixes) {
            if (first.kind != Token.Kind.NUM) {
                return false;
            }
            for (String s : suffixes) {
                if (first.lower.equals(s)) {
                    return true;
                }
            }
            return false;
        }

        /** A plain integer counting nothing yet: the shape of years, ids, dates and list markers. */
        boolean plainInteger() {
            return first.isPlainInteger() && q.kind() == Kind.NUMBER && t.get(q.start()).kind != Token.Kind.CURRENCY;
        }

        int digits() {
            return first.end - first.start;
        }

        BigDecimal value() {
            return q.value();
        }

        boolean kind(Kind... kinds) {
            for (Kind k : kinds) {
                if (q.kind() == k) {
                    return true;
                }
            }
            return false;
        }

        /** Small spelled-out count, the shape of numbers that only point back or count a list. */
        boolean smallWords() {
            return q.words() && q.kind() == Kind.NUMBER && q.high() == null && !q.vague()
                    && q.value().compareTo(BigDecimal.TEN) <= 0;
        }

        boolean ageable() {
            return kind(Kind.NUMBER, Kind.DURATION) && q.value().compareTo(MAX_AGE) <= 0;
        }
    }

    /** The shape of phrase a rule is about; a rule is tried only on phrases of its shape. */
    enum Shape {
        ANY, NUMBER, SUFFIXED, PLAIN_INTEGER, AGEABLE, DURATION, WORDS, ONE, SMALL_WORDS;

        final int bit = 1 << ordinal();
    }

    /** One row of the table: the exclusion it gives (null: a claim, stop), for which shape, when, and examples. */
    record Rule(String name, Exclusion exclusion, Shape shape, Predicate<Subject> when, List<String> examples) {

        boolean applies(Subject s) {
            return (s.shapes & shape.bit) != 0 && when.test(s);
        }
    }

    private static Rule rule(String name, Exclusion exclusion, Shape shape, Predicate<Subject> when, String... examples) {
        return new Rule(name, exclusion, shape, when, List.of(examples));
    }

    /** Examples read "SENTENCE => QUOTE": the quantity with that quote is what the rule decides. */
    static final List<Rule> RULES = List.of(
            // --- suffixes and clock words ---
            rule("ordinal suffix", Exclusion.ORDINAL, Shape.SUFFIXED, s -> s.suffix("st", "nd", "rd", "th"),
                    "It was the 11th hearing of the committee. => 11th"),
            rule("clock suffix", Exclusion.TIME, Shape.SUFFIXED, s -> s.suffix("am", "pm", "gmt", "bst", "hrs"),
                    "The count starts at 10pm in the sports hall. => 10pm"),
            rule("age decade", Exclusion.AGE, Shape.SUFFIXED, s -> s.suffix("s") && s.prev != null && s.prev.isDash(),
                    "Payments go to the over-70s this winter. => 70s"),
            rule("decade", Exclusion.DECADE, Shape.SUFFIXED, s -> s.suffix("s"),
                    "Council housing boomed in the 1960s. => 1960s"),
            rule("clock word", Exclusion.TIME, Shape.NUMBER, s -> s.kind(Kind.NUMBER)
                            && s.next != null && (s.next.has(WordClass.CLOCK) || dottedClock(s)),
                    "The doors open at 9 o'clock sharp. => 9",
                    "Trading closed at 4 p.m. in New York. => 4"),
            // --- plain integers: years, codes, dates, identifiers ---
            rule("clock with a leading zero", Exclusion.TIME, Shape.PLAIN_INTEGER, s -> s.digits() == 4
                            && s.value().compareTo(YEAR_MIN) < 0,
                    "Schools stay open from 0800 to 1800GMT on weekdays. => 0800"),
            rule("year", Exclusion.YEAR, Shape.PLAIN_INTEGER, s -> s.digits() == 4 && s.value().compareTo(YEAR_MIN) >= 0
                            && s.value().compareTo(YEAR_MAX) <= 0 && !pluralNounFollows(s),
                    "The law was passed in 2019 after a long fight. => 2019",
                    "The 1989 Housing Act changed everything. => 1989"),
            rule("second year of a span", Exclusion.YEAR, Shape.PLAIN_INTEGER, s -> secondYear(s),
                    "Borrowing for 2024-25 was lower than expected. => 25"),
            rule("slashed code", Exclusion.CODE, Shape.PLAIN_INTEGER,
                    s -> glued(s.t, s.q.numStart() - 1, '/') || glued(s.t, s.q.numEnd(), '/'),
                    "The helpline runs 24/7 for callers. => 24"),
            rule("hyphenated name", Exclusion.IDENTIFIER, Shape.PLAIN_INTEGER, s -> s.prev != null && s.prev.isDash()
                            && s.prev.end == s.first.start && s.q.numStart() >= 2
                            && s.t.get(s.q.numStart() - 2).end == s.prev.start
                            && (s.t.get(s.q.numStart() - 2).capitalized || s.t.get(s.q.numStart() - 2).kind == Token.Kind.IDENT),
                    "Covid-19 changed the campaign. => 19"),
            rule("date", Exclusion.DATE, Shape.PLAIN_INTEGER, s -> s.value().signum() > 0 && s.value().compareTo(DAYS) <= 0
                            && (s.next != null && s.next.has(WordClass.MONTH) && s.next.capitalized
                            || s.prev != null && s.prev.has(WordClass.MONTH) && s.prev.capitalized
                            || s.next != null && s.next.is("of") && s.at(s.q.numEnd() + 1) != null
                            && s.at(s.q.numEnd() + 1).has(WordClass.MONTH)),
                    "Voters go to the polls on 5 May in most areas. => 5",
                    "The vote is on March 3 this year. => 3"),
            rule("hash or entity", Exclusion.IDENTIFIER, Shape.PLAIN_INTEGER, s -> s.prev != null
                            && (s.prev.isPunct('#') || s.prev.isPunct('&')) && s.prev.end == s.first.start,
                    "The bill was item #3 on the list. => 3"),
            rule("list marker with a bracket", Exclusion.LIST_MARKER, Shape.PLAIN_INTEGER, s -> s.next != null
                            && s.next.isPunct(')') && s.next.start == s.first.end && (s.prev == null || !s.prev.isPunct('(')),
                    "The plan has two parts: 1) homes and 2) roads. => 1"),
            rule("list marker with a dot", Exclusion.LIST_MARKER, Shape.PLAIN_INTEGER, s -> s.q.numStart() == 0
                    && s.next != null && s.next.isPunct('.') && s.q.numEnd() + 1 < s.t.size(),
                    "2. more homes for key workers => 2"),
            rule("named by the word before", Exclusion.IDENTIFIER, Shape.PLAIN_INTEGER, s -> namedBefore(s),
                    "She spoke at Number 10 on the issue. => 10",
                    "Ministers met in No 10 for the talks. => 10",
                    "The UK triggered Article 50 at last. => 50",
                    "The repeal of Section 28 was a milestone. => 28",
                    "He gave an interview to Channel 4 on the matter. => 4",
                    "Landlords used section 21 notices less often. => 21 notices",
                    "Number 10 officials denied the report. => 10 officials",
                    "The details are on page 34 of the report. => 34",
                    "Radio 4 listeners complained. => 4 listeners",
                    "Fans queued for the new iPhone 15 in the rain. => 15"),
            rule("address", Exclusion.IDENTIFIER, Shape.PLAIN_INTEGER, s -> s.next != null && s.next.isWord()
                            && s.next.capitalized && s.at(s.q.numEnd() + 1) != null
                            && s.at(s.q.numEnd() + 1).has(WordClass.STREET),
                    "The office moved to 14 Albion Street last year. => 14"),
            // --- ages (GUIDELINES: ages of people and groups are no claims; age limits a policy sets are) ---
            rule("years old", Exclusion.AGE, Shape.AGEABLE, s -> yearsOld(s),
                    "The youngest voter was 18 years old. => 18 years",
                    "The scheme helps 3 to 14 year-olds. => 3 to 14 year"),
            rule("aged", Exclusion.AGE, Shape.AGEABLE, s -> s.prev != null && (s.prev.is("aged") || s.prev.is("ages")),
                    "The victim, aged 43, was named. => 43"),
            rule("a person is", Exclusion.AGE, Shape.AGEABLE, s -> s.q.bare() && s.prev != null
                            && personIs(s.t, s.q.numStart() - 1) && s.value().compareTo(BigDecimal.ONE) > 0
                            && (s.next == null || s.next.kind == Token.Kind.PUNCT || s.next.is("and") || s.next.is("or")),
                    "I'm 17 and I pay taxes on my wages. => 17"),
            rule("age in commas", Exclusion.AGE, Shape.AGEABLE, s -> s.q.bare() && !s.q.words() && s.prev != null
                            && s.prev.isPunct(',') && s.next != null && s.next.isPunct(',') && s.q.numStart() >= 2
                            && s.t.get(s.q.numStart() - 2).isWord() && (s.t.get(s.q.numStart() - 2).capitalized
                            || s.t.get(s.q.numStart() - 2).has(WordClass.PERSON_NOUN)),
                    "Councillor Amy Hart, 52, said she would stand again. => 52",
                    "The minister, 54, said 300 homes would be built. => 54"),
            rule("group under or over an age", Exclusion.AGE, Shape.AGEABLE, s -> s.q.bare() && s.prev != null
                            && (s.prev.is("under") || s.prev.is("over")) && s.q.numStart() >= 2
                            && s.t.get(s.q.numStart() - 2).has(WordClass.AGE_GROUP),
                    "Free meals go to children under five in the borough. => under five"),
            rule("age of", Exclusion.AGE, Shape.AGEABLE, s -> s.prev != null && s.prev.is("of")
                            && s.q.numStart() >= 2 && s.t.get(s.q.numStart() - 2).is("age")
                            && !Nouns.policyAge(s.t, s.q.numStart() - 5, s.q.numStart() - 1), // "pension age of 66" is a claim
                    "He left school at the age of 15. => 15"),
            rule("at an age", Exclusion.AGE, Shape.AGEABLE, s -> s.q.bare() && s.prev != null && s.prev.is("at")
                            && s.value().compareTo(BigDecimal.ONE) > 0 && ageWordBefore(s),
                    "Children become adults in law at 18. => 18"),
            // --- durations that place an event in time ---
            rule("relative date", Exclusion.RELATIVE_DATE, Shape.DURATION, s -> relativeDate(s),
                    "The minister resigned three months ago. => three months",
                    "Ten years on, the scheme is still running. => Ten years"),
            rule("time reference", Exclusion.TIME_REFERENCE, Shape.DURATION, s -> timeReference(s),
                    "The talks collapsed after 30 years of effort. => 30 years",
                    "Prices rose over the past two years. => two years"),
            // --- number words ---
            rule("capitalised number word", Exclusion.IDENTIFIER, Shape.WORDS, s -> s.first.capitalized
                            && s.prev != null && s.prev.isWord(),
                    "The show moved to Five last autumn. => Five"),
            rule("emphatic one", null, Shape.ONE, s -> s.value().compareTo(BigDecimal.ONE) == 0
                            && s.kind(Kind.NUMBER, Kind.DURATION) && s.prev != null && (s.prev.is("only")
                            || s.prev.is("just") || s.prev.is("exactly") || s.prev.is("least") || s.prev.is("than")),
                    "Only one MP voted against the motion. => Only one"),
            rule("one measuring a duration", null, Shape.ONE, s -> s.kind(Kind.DURATION) && (attributive(s)
                            || s.prev != null && s.prev.is("for")),
                    "Unions called a one day strike. => one day"),
            rule("one as a pronoun", Exclusion.ONE_AS_PRONOUN, Shape.ONE, s -> s.kind(Kind.NUMBER)
                            && s.value().compareTo(BigDecimal.ONE) == 0 && (s.next == null || s.next.has(WordClass.PRONOUN_NEXT)
                            || s.next.kind == Token.Kind.PUNCT || s.prev != null && s.prev.has(WordClass.PRONOUN_PREV)),
                    "One of the few moments of calm came later. => One of the few moments",
                    "No one expected the result. => one"),
            rule("one as an article", Exclusion.ONE_AS_ARTICLE, Shape.ONE,
                    s -> s.value().compareTo(BigDecimal.ONE) == 0 && s.kind(Kind.NUMBER, Kind.DURATION),
                    "One protester was taken to hospital. => One"),
            rule("zero", Exclusion.ZERO, Shape.WORDS, s -> s.kind(Kind.NUMBER) && s.value().signum() == 0,
                    "Councils signed up to net zero targets. => zero targets"),
            rule("points back to things just named", Exclusion.RE_IDENTIFIES, Shape.SMALL_WORDS, s -> !partitive(s)
                            && s.value().compareTo(BigDecimal.ONE) > 0 && definiteBefore(s) && !definedAfter(s),
                    "The two countries signed a deal after the summit of Spain and Chile. => two countries",
                    "The three agreed to meet again. => three",
                    "The two main parties rejected the idea. => two main parties",
                    "Both of them and all four ministers stayed away. => four ministers",
                    "The other two refused to comment. => two"),
            rule("a set the sentence defines", null, Shape.SMALL_WORDS, s -> s.prev != null && s.prev.has(WordClass.DEFINITE),
                    "Monitors watched the four hunts operating in the county. => four hunts",
                    "The two firms in the consortium paid the fine. => two firms"),
            rule("private detail", Exclusion.PRIVATE, Shape.SMALL_WORDS, s -> s.prev != null && s.prev.has(WordClass.POSSESSIVE),
                    "My two children will inherit this, wrote one reader. => two children"),
            rule("counts the parts of an argument", Exclusion.LIST, Shape.SMALL_WORDS, s -> s.q.noun() != null
                            && s.t.get(s.q.nounEnd() - 1).has(WordClass.DISCOURSE),
                    "He raised two issues with the minister. => two issues",
                    "There are three reasons for the delay. => three reasons"),
            rule("counts a list spelled out right there", Exclusion.LIST, Shape.SMALL_WORDS, s -> listFollows(s),
                    "The council named two sites: Elm Park and the quay. => two sites",
                    "Six women - Ann Lee, Bea Moss and four others - were shortlisted. => Six women"));

    /** After the table: a claim in a question asserts nothing. */
    static final Rule QUESTION = rule("question", Exclusion.QUESTION, Shape.ANY, s -> s.question,
            "Is it really worth it for £5? => £5", "Would only one MP vote for it? => only one");

    private ClaimFilter() {
    }

    /** A decision: the exclusion (null for a claim) and the rule that made it (null when no rule applied). */
    record Decision(Exclusion exclusion, String rule) {
    }

    /** Decides every phrase of a sentence; range partners then share contagious exclusions. */
    static Decision[] apply(List<Token> t, List<QuantityPhrase> qs, boolean question) {
        Decision[] out = new Decision[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            QuantityPhrase q = qs.get(i);
            out[i] = q.exclusion() != null ? new Decision(q.exclusion(), "parser") : decide(new Subject(t, q, question));
        }
        propagate(t, qs, out);
        return out;
    }

    static Decision decide(Subject s) {
        String kept = null;
        for (Rule r : RULES) {
            if (r.applies(s)) {
                if (r.exclusion() != null) {
                    return new Decision(r.exclusion(), r.name());
                }
                kept = r.name();
                break;
            }
        }
        return QUESTION.applies(s) ? new Decision(Exclusion.QUESTION, QUESTION.name()) : new Decision(null, kept);
    }

    /**
     * Range partners share the fate of their neighbour: in "14 to 16-year-olds" both are ages,
     * in "Key Stages 1, 3 and 4" all three are identifiers, in "from 0800 to 1800GMT" both are times.
     */
    private static void propagate(List<Token> t, List<QuantityPhrase> qs, Decision[] d) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < qs.size(); i++) {
                QuantityPhrase a = qs.get(i);
                QuantityPhrase b = qs.get(i + 1);
                int gap = b.numStart() - a.numEnd();
                boolean linked = gap >= 1 && gap <= 2 && linker(t.get(a.numEnd()));
                if (!linked) {
                    continue;
                }
                if (d[i].exclusion() == null && a.bare() && contagious(d[i + 1].exclusion())) {
                    d[i] = new Decision(d[i + 1].exclusion(), "shared with the next in a range");
                }
                if (d[i + 1].exclusion() == null && b.bare() && contagious(d[i].exclusion())) {
                    d[i + 1] = new Decision(d[i].exclusion(), "shared with the previous in a range");
                }
            }
        }
    }

    private static boolean contagious(Exclusion e) {
        return e == Exclusion.AGE || e == Exclusion.IDENTIFIER || e == Exclusion.TIME || e == Exclusion.YEAR;
    }

    private static boolean linker(Token x) {
        return x.is("to") || x.is("and") || x.is("or") || x.isPunct(',') || x.isDash();
    }

    /** "4 p.m.", "10 a.m.": the clock words written with dots. */
    private static boolean dottedClock(Subject s) {
        Token dot = s.at(s.q.numEnd() + 1);
        Token m = s.at(s.q.numEnd() + 2);
        return (s.next.is("a") || s.next.is("p")) && dot != null && dot.isPunct('.') && m != null && m.is("m");
    }

    private static boolean pluralNounFollows(Subject s) {
        QuantityPhrase q = s.q;
        return q.noun() != null && q.nounEnd() == q.numEnd() + 1 && !s.t.get(q.numEnd()).capitalized;
    }

    /** The "4" of "2003/4", the "25" of "2024-25". */
    private static boolean secondYear(Subject s) {
        int k = s.q.numStart();
        Token prev = s.prev;
        return prev != null && (prev.isPunct('/') || prev.isDash()) && prev.end == s.first.start && k >= 2
                && s.t.get(k - 2).isPlainInteger() && s.t.get(k - 2).end == prev.start
                && s.t.get(k - 2).end - s.t.get(k - 2).start == 4;
    }

    /** True when token k is the char c glued between two numbers. */
    private static boolean glued(List<Token> t, int k, char c) {
        return k > 0 && k + 1 < t.size() && t.get(k).isPunct(c) && t.get(k - 1).kind == Token.Kind.NUM
                && t.get(k + 1).kind == Token.Kind.NUM && t.get(k - 1).end == t.get(k).start
                && t.get(k).end == t.get(k + 1).start;
    }

    /** "page 5", "No. 10", "Article 50", "Radio 4": a word before the number that makes it a name. */
    private static boolean namedBefore(Subject s) {
        if (s.prev == null) {
            return false;
        }
        int k = s.q.numStart();
        int nameIndex = k - 1;
        if ((s.prev.isPunct('\'') || s.prev.isPunct('\u2019') || s.prev.isPunct('.')) && k >= 2) {
            nameIndex = k - 2;
        }
        Token name = s.t.get(nameIndex);
        if (name.isWord() && name.has(WordClass.ID_WORD) && s.kind(Kind.NUMBER)) {
            return true; // "section 114 notices", "page 5", "Number 10 officials"
        }
        if (name.isWord() && s.q.bare()) {
            boolean sentenceStart = nameIndex == 0;
            if (name.has(WordClass.ID_WORD) || name.named() && !sentenceStart && !name.has(WordClass.CAPITAL_OK)
                    && !name.has(WordClass.MONTH)) {
                return true;
            }
        }
        return name.kind == Token.Kind.IDENT;
    }

    /** "N years old", "N years older", "N year-olds", "N years of age", "16-year-old". */
    private static boolean yearsOld(Subject s) {
        List<Token> t = s.t;
        int n = t.size();
        int k = s.q.numEnd();
        if (s.kind(Kind.DURATION) && k + 1 < n && t.get(k).isDash() && t.get(k + 1).lower.startsWith("old")) {
            return true; // "3 to 14 year-olds"
        }
        if (s.kind(Kind.DURATION) && k < n && (t.get(k).lower.startsWith("old") || t.get(k).is("younger"))) {
            return true;
        }
        if (s.kind(Kind.DURATION) && k + 1 < n && t.get(k).is("of") && t.get(k + 1).is("age")) {
            return true;
        }
        if (k + 2 < n && t.get(k).lower.startsWith("year") && t.get(k + 1).isDash() && t.get(k + 2).lower.startsWith("old")) {
            return true;
        }
        return s.kind(Kind.NUMBER) && s.next != null && s.next.isDash() && k + 1 < n && t.get(k + 1).lower.startsWith("year");
    }

    /** Token k is a copula whose subject is a person: "I'm", "she is", "my sons were", "turned". */
    private static boolean personIs(List<Token> t, int k) {
        Token v = t.get(k);
        if (v.is("i'm") || v.is("i\u2019m") || v.is("turned") || v.is("turns")) {
            return true;
        }
        if (!(v.is("am") || v.is("is") || v.is("are") || v.is("was") || v.is("were")) || k == 0) {
            return false;
        }
        Token subject = t.get(k - 1);
        return subject.has(WordClass.PERSON_SUBJECT) || subject.has(WordClass.AGE_GROUP);
    }

    private static boolean ageWordBefore(Subject s) {
        for (int b = Math.max(0, s.q.numStart() - 6); b < s.q.numStart(); b++) {
            String w = s.t.get(b).lower;
            if (w.startsWith("adult") || w.equals("age") || w.equals("aged") || w.equals("old") || w.equals("born")) {
                return true;
            }
        }
        return false;
    }

    /** The token after the phrase, past a possessive apostrophe ("two hours' time"). */
    private static int after(Subject s) {
        int k = s.q.end();
        while (k < s.t.size() && (s.t.get(k).isPunct('\'') || s.t.get(k).isPunct('\u2019'))) {
            k++;
        }
        return k;
    }

    /** "three months ago", "a year later", "ten years on, ...": a duration that dates an event. */
    private static boolean relativeDate(Subject s) {
        int k = after(s);
        int n = s.t.size();
        Token before = s.q.start() > 0 ? s.t.get(s.q.start() - 1) : null;
        // "during the first ten weeks after the vote" still measures a period
        boolean measured = before != null && (before.is("first") || before.is("the"));
        if (k < n && s.t.get(k).has(WordClass.TIME_AFTER) && !measured) {
            return true;
        }
        return k < n && s.t.get(k).is("on") && (k + 1 == n || s.t.get(k + 1).kind == Token.Kind.PUNCT);
    }

    /** "after 30 years", "within a decade", "over the past two years". */
    private static boolean timeReference(Subject s) {
        int st = s.q.start();
        Token before = st > 0 ? s.t.get(st - 1) : null;
        Token before2 = st > 1 ? s.t.get(st - 2) : null;
        return before != null && before.has(WordClass.TIME_BEFORE)
                || before != null && before.is("the") && before2 != null && before2.has(WordClass.TIME_BEFORE);
    }

    /** "a one day strike": the duration qualifies the noun after it. */
    private static boolean attributive(Subject s) {
        int k = s.q.end();
        return k < s.t.size() && s.t.get(k).isWord() && !s.t.get(k).capitalized && !s.t.get(k).has(WordClass.NOT_ATTRIBUTIVE);
    }

    /** "one of the two seats": the whole of a part is counted, a claim. */
    private static boolean partitive(Subject s) {
        int k = s.q.numStart();
        return k >= 3 && s.t.get(k - 2).is("of")
                && (s.t.get(k - 3).kind == Token.Kind.NUM || NumberWords.small(s.t.get(k - 3).lower) >= 0);
    }

    /** "the two", "all four", "the other two", "the remaining three". */
    private static boolean definiteBefore(Subject s) {
        if (s.prev == null) {
            return false;
        }
        if (s.prev.has(WordClass.DEFINITE)) {
            return true;
        }
        Token before = s.at(s.q.numStart() - 2);
        return (s.prev.is("other") || s.prev.is("remaining")) && before != null
                && (before.has(WordClass.DEFINITE) || before.has(WordClass.POSSESSIVE));
    }

    /** "the four hunts operating in ...", "the two firms in the consortium": the words after say which are meant. */
    private static boolean definedAfter(Subject s) {
        if (s.q.noun() == null) {
            return false;
        }
        Token after = s.at(s.q.quoteEnd());
        return after != null && after.isWord() && (after.has(WordClass.DEFINING) || after.lower.endsWith("ing"));
    }

    /** A colon, or a dash before a name, soon after the phrase: "two pillars: ...", "six women - Ann ...". */
    private static boolean listFollows(Subject s) {
        int end = s.q.quoteEnd();
        for (int k = end; k < Math.min(s.t.size(), end + 6); k++) {
            Token x = s.t.get(k);
            if (x.isPunct(':')) {
                return true;
            }
            if (x.isDash() && k == end && k + 1 < s.t.size() && s.t.get(k + 1).capitalized && x.start > s.t.get(k - 1).end) {
                return true;
            }
            if (x.kind == Token.Kind.NUM || x.isPunct(',') || x.isPunct('.') || x.is("and")) {
                break;
            }
        }
        return false;
    }

    /** Rules in table order, for the test and for people reading a decision. */
    static List<String> ruleNames() {
        List<String> out = new ArrayList<>();
        RULES.forEach(r -> out.add(r.name()));
        return out;
    }
}
