package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Marks the quantities that are not numeric claims under the guidelines, with a reason: years,
 * dates, times of day, ages, identifiers, ordinals, list markers, "one" used like "a",
 * durations that only place an event in time, and numbers in questions.
 */
final class ClaimFilter {

    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Lower-case words that introduce an identifier: "page 5", "No 10", "resolution 1441". */
    private static final Set<String> ID_WORDS = Set.of(
            "number", "no", "nos", "page", "pages", "clause", "clauses", "section", "sections", "article", "articles",
            "paragraph", "chapter", "resolution", "room", "platform", "flight", "route", "junction", "stage",
            "stages", "level", "grade", "tier", "category", "class", "phase", "question", "item", "rule", "part",
            "schedule", "vol", "volume", "issue", "episode", "series", "season", "radio", "channel", "news",
            "act", "bill", "amendment", "line", "box", "exhibit", "annex", "annexe", "figure", "table", "version",
            "window", "door", "gate", "terminal", "ward", "bed", "cell", "block", "bus", "lane", "motorway");
    /** Capitalised words that may precede a number without making it a name. */
    private static final Set<String> CAPITAL_OK = Set.of(
            "some", "about", "around", "nearly", "almost", "over", "under", "more", "less", "fewer", "only", "just",
            "up", "at", "and", "but", "with", "by", "of", "in", "to", "for", "the", "a", "an", "all", "another",
            "those", "these", "its", "their", "his", "her", "our", "when", "while", "than", "from", "between",
            "estimated", "roughly", "approximately", "extra", "further", "least", "most", "well",
            "tory", "tories", "labour", "conservative", "conservatives", "liberal", "democrats", "reform", "snp",
            "lib", "dems", "green", "greens", "plaid", "ukip", "dup", "uk", "british", "english", "scottish",
            "welsh", "irish", "european", "american", "us", "eu", "nhs", "mps", "mp");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "gmt", "bst", "hrs", "o'clock");
    /** Words that cannot be the noun in "a one day strike". */
    private static final Set<String> NOT_ATTRIBUTIVE = Set.of(
            "of", "and", "or", "to", "in", "on", "at", "when", "after", "before", "ago", "later", "that", "the", "a",
            "for", "with", "by", "is", "was");
    private static final Set<String> AGE_GROUPS = Set.of(
            "children", "people", "adults", "pupils", "those", "women", "men", "babies", "pensioners", "anyone", "kids");
    private static final Set<String> PERSON_SUBJECTS = Set.of(
            "i", "he", "she", "we", "they", "you", "daughters", "sons", "daughter", "son", "twins", "brother", "sister");
    private static final Set<String> STREET = Set.of("street", "road", "avenue", "square", "lane", "place", "drive", "gardens");
    /** Words after a duration that turn it into a point in time: "three months ago", "a year later". */
    private static final Set<String> TIME_AFTER = Set.of("ago", "later", "earlier", "before", "after");
    /** Words before a duration that place an event in time: "after 30 years", "within a decade". */
    private static final Set<String> TIME_BEFORE = Set.of(
            "after", "within", "past", "last", "next", "previous", "coming", "every", "each", "in", "later", "recent",
            "following", "since");
    private static final BigDecimal YEAR_MIN = BigDecimal.valueOf(1000);
    private static final BigDecimal YEAR_MAX = BigDecimal.valueOf(2100);
    private static final BigDecimal MAX_AGE = BigDecimal.valueOf(120);

    private ClaimFilter() {
    }

    static void apply(List<Token> t, List<Mention> ms, boolean question) {
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.reason == null) {
                m.reason = reason(t, m);
            }
            if (m.reason == null && question) {
                m.reason = "question";
            }
        }
        propagate(t, ms);
    }

    /**
     * Range partners share the fate of their neighbour: in "14 to 16-year-olds" both are ages,
     * in "Key Stages 1, 3 and 4" all three are identifiers, in "from 0800 to 1800GMT" both are times.
     */
    private static void propagate(List<Token> t, List<Mention> ms) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < ms.size(); i++) {
                Mention a = ms.get(i);
                Mention b = ms.get(i + 1);
                int gap = b.numStart - a.numEnd;
                boolean linked = gap >= 1 && gap <= 2 && linker(t.get(a.numEnd));
                if (!linked) {
                    continue;
                }
                if (a.reason == null && a.bare() && contagious(b.reason)) {
                    a.reason = b.reason;
                }
                if (b.reason == null && b.bare() && contagious(a.reason)) {
                    b.reason = a.reason;
                }
            }
        }
    }

    private static boolean contagious(String reason) {
        return reason != null && (reason.equals("age") || reason.equals("identifier") || reason.equals("time")
                || reason.equals("year"));
    }

    private static boolean linker(Token x) {
        return x.is("to") || x.is("and") || x.is("or") || x.isPunct(',') || x.isDash();
    }

    private static String reason(List<Token> t, Mention m) {
        Token first = t.get(m.numStart);
        int n = t.size();
        Token prev = m.numStart > 0 ? t.get(m.numStart - 1) : null;
        Token next = m.numEnd < n ? t.get(m.numEnd) : null;
        if (first.kind == Token.Kind.NUM) {
            switch (first.lower) {
                case "st", "nd", "rd", "th" -> {
                    return "ordinal";
                }
                case "am", "pm", "gmt", "bst", "hrs" -> {
                    return "time";
                }
                case "s" -> {
                    return prev != null && prev.isDash() ? "age" : "decade";
                }
                default -> {
                }
            }
            if (next != null && next.kind == Token.Kind.WORD && CLOCK_WORDS.contains(next.lower)
                    && m.kind == Mention.Kind.NUMBER) {
                return "time";
            }
            if (first.isPlainInteger() && m.kind == Mention.Kind.NUMBER && t.get(m.startTok).kind != Token.Kind.CURRENCY) {
                String r = plainInteger(t, m, first, prev, next);
                if (r != null) {
                    return r;
                }
            }
        }
        if (m.kind == Mention.Kind.NUMBER || m.kind == Mention.Kind.DURATION) {
            String age = age(t, m, prev, next);
            if (age != null) {
                return age;
            }
        }
        if (m.kind == Mention.Kind.DURATION && timeReference(t, m)) {
            return "time-reference";
        }
        if (m.words && first.capitalized && prev != null && prev.kind == Token.Kind.WORD) {
            return "identifier"; // a capitalised number word mid-sentence is a name: "BBC Two", "on Five"
        }
        if (first.is("one") && m.value.compareTo(BigDecimal.ONE) == 0
                && (m.kind == Mention.Kind.NUMBER || m.kind == Mention.Kind.DURATION)) {
            return oneAsArticle(t, m, prev);
        }
        if (m.words && m.kind == Mention.Kind.NUMBER && m.value.signum() == 0) {
            return "zero"; // "net zero", "zero tolerance" state no quantity
        }
        if (m.words && m.kind == Mention.Kind.NUMBER && m.high == null) {
            return reference(t, m, prev);
        }
        return null;
    }

    private static String plainInteger(List<Token> t, Mention m, Token first, Token prev, Token next) {
        BigDecimal v = first.num;
        int digits = first.end - first.start;
        if (digits == 4 && v.compareTo(YEAR_MIN) < 0) {
            return "time"; // "0800": only clock times are written with a leading zero
        }
        boolean plural = m.noun != null && m.nounEnd == m.numEnd + 1 && !t.get(m.numEnd).capitalized;
        if (digits == 4 && v.compareTo(YEAR_MIN) >= 0 && v.compareTo(YEAR_MAX) <= 0 && !plural && m.kind == Mention.Kind.NUMBER) {
            return "year";
        }
        if (next != null && next.isPunct('/') && m.numEnd + 1 < t.size() && t.get(m.numEnd + 1).kind == Token.Kind.NUM
                && digits == 4) {
            return "year";
        }
        if (prev != null && (prev.isPunct('/') || prev.isDash()) && prev.end == first.start && m.numStart >= 2
                && t.get(m.numStart - 2).isPlainInteger() && t.get(m.numStart - 2).end == prev.start
                && t.get(m.numStart - 2).end - t.get(m.numStart - 2).start == 4) {
            return "year"; // the "4" of "2003/4", the "25" of "2024-25"
        }
        if (glued(t, m.numStart - 1, '/') || glued(t, m.numEnd, '/')) {
            return "code"; // "24/7", "9/11", "5/5/2024"
        }
        if (prev != null && prev.isDash() && prev.end == first.start && m.numStart >= 2
                && t.get(m.numStart - 2).end == prev.start && (t.get(m.numStart - 2).capitalized
                || t.get(m.numStart - 2).kind == Token.Kind.IDENT)) {
            return "identifier"; // "COVID-19", "F-35"
        }
        if (v.compareTo(BigDecimal.valueOf(31)) <= 0 && v.signum() > 0
                && ((next != null && MONTHS.contains(next.lower) && next.capitalized)
                || (prev != null && MONTHS.contains(prev.lower) && prev.capitalized)
                || (next != null && next.is("of") && m.numEnd + 1 < t.size() && MONTHS.contains(t.get(m.numEnd + 1).lower)))) {
            return "date";
        }
        if (prev != null && (prev.isPunct('#') || prev.isPunct('&')) && prev.end == first.start) {
            return "identifier"; // "#3", HTML entities such as "&#233;"
        }
        if (next != null && next.isPunct(')') && next.start == first.end
                && (prev == null || !prev.isPunct('('))) {
            return "list-marker";
        }
        if (m.numStart == 0 && next != null && next.isPunct('.') && m.numEnd + 1 < t.size()) {
            return "list-marker";
        }
        if (prev != null) {
            int nameIndex = m.numStart - 1;
            if ((prev.isPunct('\'') || prev.isPunct('\u2019') || prev.isPunct('.')) && m.numStart >= 2) {
                nameIndex = m.numStart - 2;
            }
            Token name = t.get(nameIndex);
            if (name.kind == Token.Kind.WORD && ID_WORDS.contains(name.lower) && m.kind == Mention.Kind.NUMBER) {
                return "identifier"; // "section 114 notices", "page 5", "Number 10 officials"
            }
            if (name.kind == Token.Kind.WORD && m.bare()) {
                boolean sentenceStart = nameIndex == 0;
                if (ID_WORDS.contains(name.lower) || (name.capitalized && !sentenceStart && !CAPITAL_OK.contains(name.lower)
                        && !MONTHS.contains(name.lower))) {
                    return "identifier";
                }
            }
            if (name.kind == Token.Kind.IDENT) {
                return "identifier";
            }
        }
        if (next != null && next.kind == Token.Kind.WORD && next.capitalized && m.numEnd + 1 < t.size()
                && STREET.contains(t.get(m.numEnd + 1).lower)) {
            return "identifier"; // an address
        }
        return null;
    }

    /** True when token k is the char c glued between two numbers. */
    private static boolean glued(List<Token> t, int k, char c) {
        return k > 0 && k + 1 < t.size() && t.get(k).isPunct(c) && t.get(k - 1).kind == Token.Kind.NUM
                && t.get(k + 1).kind == Token.Kind.NUM && t.get(k - 1).end == t.get(k).start
                && t.get(k).end == t.get(k + 1).start;
    }

    /** Nouns for a person that a journalist follows with an age in commas: "the minister, 54,". */
    private static final Set<String> PERSON_NOUNS = Set.of("minister", "mp", "councillor", "leader", "mayor",
            "spokesman", "spokeswoman", "spokesperson", "man", "woman", "mother", "father", "teacher", "nurse",
            "doctor", "officer", "pensioner", "student", "candidate", "chairman", "chairwoman", "chief", "secretary",
            "president", "founder", "owner", "victim", "resident", "driver", "worker", "campaigner", "activist");

    private static String age(List<Token> t, Mention m, Token prev, Token next) {
        int n = t.size();
        if (m.value.compareTo(MAX_AGE) > 0) {
            return null;
        }
        // "N years old", "N years older", "N year-olds", "N years of age"
        int k = m.numEnd;
        if (m.kind == Mention.Kind.DURATION && k + 1 < n && t.get(k).isDash() && t.get(k + 1).lower.startsWith("old")) {
            return "age"; // "3 to 14 year-olds"
        }
        if (m.kind == Mention.Kind.DURATION && k < n && (t.get(k).lower.startsWith("old") || t.get(k).is("younger"))) {
            return "age";
        }
        if (m.kind == Mention.Kind.DURATION && k + 1 < n && t.get(k).is("of") && t.get(k + 1).is("age")) {
            return "age";
        }
        if (k + 2 < n && t.get(k).lower.startsWith("year") && t.get(k + 1).isDash() && t.get(k + 2).lower.startsWith("old")) {
            return "age";
        }
        if (m.kind == Mention.Kind.NUMBER && next != null && next.isDash() && k + 1 < n && t.get(k + 1).lower.startsWith("year")) {
            return "age";
        }
        if (prev != null && (prev.is("aged") || prev.is("ages"))) {
            return "age";
        }
        if (m.bare() && prev != null && personIs(t, m.numStart - 1) && m.value.compareTo(BigDecimal.ONE) > 0
                && (next == null || next.kind == Token.Kind.PUNCT || next.is("and") || next.is("or"))) {
            return "age"; // "I'm 17", "my daughters are 15 and 16"
        }
        if (m.bare() && !m.words && prev != null && prev.isPunct(',') && next != null && next.isPunct(',')
                && m.numStart >= 2 && t.get(m.numStart - 2).kind == Token.Kind.WORD
                && (t.get(m.numStart - 2).capitalized || PERSON_NOUNS.contains(t.get(m.numStart - 2).lower))) {
            return "age"; // "Jo White, 52, said", "the minister, 54, said": the journalistic age apposition
        }
        if (m.bare() && prev != null && (prev.is("under") || prev.is("over")) && m.numStart >= 2
                && AGE_GROUPS.contains(t.get(m.numStart - 2).lower)) {
            return "age"; // "children under five", "people over 65"
        }
        if (prev != null && prev.is("of") && m.numStart >= 2 && t.get(m.numStart - 2).is("age")) {
            return UnitResolver.policyAge(t, m.numStart - 5, m.numStart - 1) ? null : "age";
        }
        if (m.bare() && prev != null && prev.is("at") && m.value.compareTo(BigDecimal.ONE) > 0) {
            for (int b = Math.max(0, m.numStart - 6); b < m.numStart; b++) {
                String w = t.get(b).lower;
                if (w.startsWith("adult") || w.equals("age") || w.equals("aged") || w.equals("old") || w.equals("born")) {
                    return "age";
                }
            }
        }
        return null;
    }

    /**
     * Small spelled-out numbers that do not state a quantity: "the two countries" re-identifies
     * things just named, "my two children" is a private detail, "two facts: 1) ... 2) ..." counts a
     * list spelled out right there.
     */
    private static String reference(List<Token> t, Mention m, Token prev) {
        if (m.value.compareTo(BigDecimal.TEN) > 0 || m.vague) {
            return null;
        }
        boolean partitive = m.numStart >= 3 && t.get(m.numStart - 2).is("of")
                && (t.get(m.numStart - 3).kind == Token.Kind.NUM || NumberWords.small(t.get(m.numStart - 3).lower) >= 0);
        if (prev != null && m.value.compareTo(BigDecimal.valueOf(2)) == 0 && !partitive
                && (prev.is("the") || prev.is("these") || prev.is("those") || prev.is("both"))) {
            return "re-identifies"; // but "one of the two seats" counts the whole, a claim
        }
        if (prev != null && (prev.is("my") || prev.is("our"))) {
            return "private";
        }
        int end = Math.max(m.endTok, m.nounEnd);
        for (int k = end; k < Math.min(t.size(), end + 6); k++) {
            Token x = t.get(k);
            if (x.isPunct(':')) {
                return "list";
            }
            if (x.kind == Token.Kind.NUM || x.isPunct(',') || x.isPunct('.') || x.is("and")) {
                break;
            }
        }
        return null;
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
        String subject = t.get(k - 1).lower;
        return PERSON_SUBJECTS.contains(subject) || AGE_GROUPS.contains(subject);
    }

    /** "three months ago", "after 30 years", "within a decade", "over the past two years". */
    private static boolean timeReference(List<Token> t, Mention m) {
        int n = t.size();
        int k = m.endTok;
        while (k < n && (t.get(k).isPunct('\'') || t.get(k).isPunct('\u2019'))) {
            k++;
        }
        int s = m.startTok;
        Token before = s > 0 ? t.get(s - 1) : null;
        Token before2 = s > 1 ? t.get(s - 2) : null;
        // "during the first ten weeks after the vote" still measures a period
        boolean measured = before != null && (before.is("first") || before.is("the"));
        if (k < n && TIME_AFTER.contains(t.get(k).lower) && !measured) {
            return true;
        }
        if (k < n && t.get(k).is("on") && (k + 1 == n || t.get(k + 1).kind == Token.Kind.PUNCT)) {
            return true; // "ten years on, ..."
        }
        return before != null && TIME_BEFORE.contains(before.lower)
                || before != null && before.is("the") && before2 != null && TIME_BEFORE.contains(before2.lower);
    }

    /**
     * "one" counts only when it measures something: "one point ahead", "one in 13", "only one MP",
     * "a one day strike". Otherwise it works as "a" or as a pronoun.
     */
    private static String oneAsArticle(List<Token> t, Mention m, Token prev) {
        if (prev != null && (prev.is("only") || prev.is("just") || prev.is("exactly") || prev.is("least")
                || prev.is("than"))) {
            return null;
        }
        if (m.kind == Mention.Kind.DURATION) {
            int k = m.endTok;
            boolean attributive = k < t.size() && t.get(k).kind == Token.Kind.WORD && !t.get(k).capitalized
                    && !NOT_ATTRIBUTIVE.contains(t.get(k).lower);
            return attributive || (prev != null && prev.is("for")) ? null : "one-as-article";
        }
        return "one-as-article";
    }
}
