package org.claimdesk.extraction.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates political-news-like articles from template sentences written for this project,
 * with varied numbers, number words, currencies, dates and names. Deterministic for a seed.
 */
final class SyntheticCorpus {

    private static final String[] TEMPLATES = {
        "The {party} promised to spend {money} on {topic} over the next parliament, {person} said.",
        "A survey by {pollster} put the {party} {small} points ahead of the {party2} on {pct}.",
        "{person} told reporters that {count} {nouns} had been affected since {year}.",
        "Officials said around {count} people were returned to their home countries last year.",
        "Almost {words} {nouns} arrived by small boat in the {month} figures, up from {count} in {year}.",
        "The council estimated the scheme would cost between {money} and {money2} a year.",
        "Ministers want to cut waiting lists by {pct} within {words} years, according to the {dept}.",
        "In {year}, the {party} won {small} seats, a majority of {small2}.",
        "Turnout fell to {pct} on {day} {month}, the lowest figure since {year}.",
        "Roughly {frac} of voters said they trusted the {party} on the economy.",
        "{person} said the budget had doubled to {money} while spending on {topic} was halved.",
        "Up to {count} {nouns} could lose out, the {dept} warned in a report published on page {small}.",
        "Thousands of {nouns} marched through the city, and {words} were arrested by police.",
        "The fund will pay {money} to each of the {count} {nouns} over {words} months.",
        "Only one in {small} {nouns} met the target, compared with {pct} the year before.",
        "Prices rose {small} times faster than wages for {words} years, the report said.",
        "\"We have added {count} new {nouns} since we took office,\" {person} said at Number 10.",
        "The {party} is on {pct}, with the {party2} on {pct2}, in the latest {pollster} poll.",
    };
    private static final String[] PARTIES = {"Labour", "Conservatives", "Liberal Democrats", "Greens", "Reform party"};
    private static final String[] PEOPLE = {"Anna Fielding", "Mr Harcourt", "Dr Osei", "Priya Raman", "Lord Whitby", "Ms Lowe"};
    private static final String[] POLLSTERS = {"Northgate Research", "Civic Pulse", "the Opinion Desk"};
    private static final String[] TOPICS = {"school repairs", "rural buses", "flood defences", "mental health care"};
    private static final String[] NOUNS = {"teachers", "nurses", "households", "pupils", "firms", "pensioners", "claimants"};
    private static final String[] DEPTS = {"Treasury", "Home Office", "audit office", "health department"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};
    private static final String[] WORDS = {"two", "three", "seven", "twelve", "twenty-one", "forty", "a hundred", "seventeen thousand"};
    private static final String[] FRACTIONS = {"a third", "two-thirds", "half", "three-quarters", "a quarter"};
    private static final String[] CURRENCIES = {"£", "$", "€"};
    private static final String[] SCALES = {"", "m", "bn", " million", " billion", ",000"};

    private final SplittableRandom rnd;

    SyntheticCorpus(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** Articles of roughly {@code articleChars} characters until {@code totalChars} is reached. */
    List<String> articles(long totalChars, int articleChars) {
        List<String> out = new ArrayList<>();
        long size = 0;
        while (size < totalChars) {
            String a = article(articleChars);
            out.add(a);
            size += a.length();
        }
        return out;
    }

    String article(int chars) {
        StringBuilder sb = new StringBuilder(chars + 256);
        sb.append(pick(PARTIES)).append(" sets out plans for ").append(pick(TOPICS)).append("\n\n");
        while (sb.length() < chars) {
            int sentences = 1 + rnd.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                sb.append(fill(pick(TEMPLATES))).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private String fill(String template) {
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                sb.append(c);
                i++;
                continue;
            }
            sb.append(value(template.substring(i + 1, close)));
            i = close + 1;
        }
        return sb.toString();
    }

    private String value(String slot) {
        return switch (slot) {
            case "party" -> pick(PARTIES);
            case "party2" -> pick(PARTIES);
            case "person" -> pick(PEOPLE);
            case "pollster" -> pick(POLLSTERS);
            case "topic" -> pick(TOPICS);
            case "nouns" -> pick(NOUNS);
            case "dept" -> pick(DEPTS);
            case "month" -> pick(MONTHS);
            case "words" -> pick(WORDS);
            case "frac" -> pick(FRACTIONS);
            case "money", "money2" -> pick(CURRENCIES) + (1 + rnd.nextInt(999)) + (rnd.nextBoolean() ? "." + rnd.nextInt(10) : "")
                    + pick(SCALES);
            case "pct", "pct2" -> rnd.nextInt(100) + (rnd.nextBoolean() ? "%" : " per cent");
            case "count" -> String.format("%,d", 1 + rnd.nextInt(250_000));
            case "small", "small2" -> String.valueOf(2 + rnd.nextInt(60));
            case "year" -> String.valueOf(1990 + rnd.nextInt(36));
            case "day" -> String.valueOf(1 + rnd.nextInt(28));
            default -> slot;
        };
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }
}
