package org.claimdesk.reference.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in a sentence matched against a table's own values (constituencies, countries of the UK,
 * nationalities, destinations), longest first, with the adjectives and demonyms news uses for them.
 */
public final class Places {

    /** A value of a table column found in a text. */
    public record Found(String value, int start, int end) {
    }

    /** Adjectives of the UK's countries: "Scottish seats". */
    static final Map<String, String> UK_ADJECTIVES = Map.of("Scottish", "Scotland", "Welsh", "Wales",
            "English", "England", "Northern Irish", "Northern Ireland");

    /** Demonyms to the Home Office's country names; "Albanians" and "Albanian nationals" alike. */
    static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("Afghan", "Afghanistan"), Map.entry("Albanian", "Albania"), Map.entry("Algerian", "Algeria"),
            Map.entry("Bangladeshi", "Bangladesh"), Map.entry("Brazilian", "Brazil"), Map.entry("Bulgarian", "Bulgaria"),
            Map.entry("Chadian", "Chad"), Map.entry("Chinese", "China"), Map.entry("Colombian", "Colombia"),
            Map.entry("Egyptian", "Egypt"), Map.entry("Eritrean", "Eritrea"), Map.entry("Ethiopian", "Ethiopia"),
            Map.entry("Georgian", "Georgia"), Map.entry("Ghanaian", "Ghana"), Map.entry("Indian", "India"),
            Map.entry("Iranian", "Iran"), Map.entry("Iraqi", "Iraq"), Map.entry("Jamaican", "Jamaica"),
            Map.entry("Kenyan", "Kenya"), Map.entry("Kuwaiti", "Kuwait"), Map.entry("Libyan", "Libya"),
            Map.entry("Lithuanian", "Lithuania"), Map.entry("Malaysian", "Malaysia"), Map.entry("Moroccan", "Morocco"),
            Map.entry("Nepalese", "Nepal"), Map.entry("Nepali", "Nepal"), Map.entry("Nigerian", "Nigeria"),
            Map.entry("Pakistani", "Pakistan"), Map.entry("Polish", "Poland"), Map.entry("Pole", "Poland"),
            Map.entry("Romanian", "Romania"), Map.entry("Russian", "Russia"), Map.entry("Somali", "Somalia"),
            Map.entry("Sri Lankan", "Sri Lanka"), Map.entry("Sudanese", "Sudan"), Map.entry("Syrian", "Syria"),
            Map.entry("Tunisian", "Tunisia"), Map.entry("Turkish", "Turkey"), Map.entry("Turk", "Turkey"),
            Map.entry("Ukrainian", "Ukraine"), Map.entry("Vietnamese", "Vietnam"), Map.entry("Yemeni", "Yemen"),
            Map.entry("Zimbabwean", "Zimbabwe"), Map.entry("Filipino", "Philippines"), Map.entry("Gambian", "Gambia, The"),
            Map.entry("Senegalese", "Senegal"), Map.entry("Cameroonian", "Cameroon"), Map.entry("Ugandan", "Uganda"),
            Map.entry("Venezuelan", "Venezuela"), Map.entry("Palestinian", "Occupied Palestinian Territories"),
            Map.entry("Kosovan", "Kosovo"), Map.entry("Kosovar", "Kosovo"), Map.entry("Jordanian", "Jordan"),
            Map.entry("Lebanese", "Lebanon"), Map.entry("Saudi", "Saudi Arabia"), Map.entry("Emirati", "United Arab Emirates"),
            Map.entry("American", "United States"), Map.entry("Israeli", "Israel"), Map.entry("Mexican", "Mexico"),
            Map.entry("South African", "South Africa"), Map.entry("Ivorian", "Ivory Coast"),
            Map.entry("Guinean", "Guinea"), Map.entry("Malian", "Mali"), Map.entry("Burmese", "Myanmar (Burma)"));

    /** Values no sentence names as a place. */
    private static final List<String> NOT_PLACES = List.of("Other and unknown", "Not currently recorded", "Unknown",
            "Refugee", "Other", "British overseas citizens");

    /** A demonym counts only as people: "Albanians", "Albanian nationals", not "the Albanian coast". */
    private static final String PEOPLE = "(?:s\\b|\\s+(?:nationals|citizens|migrants|people|men|women|children|adults"
            + "|asylum seekers|arrivals|offenders|prisoners|criminals|families))";

    private Places() {
    }

    /** Values of a column named in the text (case as written), longest first, without overlaps. */
    public static List<Found> values(String text, List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.removeAll(NOT_PLACES);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<Found> out = new ArrayList<>();
        Spans taken = new Spans(text);
        for (String v : sorted) {
            if (v.length() < 3) {
                continue;
            }
            int from = 0;
            while (true) {
                int at = text.indexOf(v, from);
                if (at < 0) {
                    break;
                }
                from = at + 1;
                int end = at + v.length();
                if (!boundary(text, at - 1) || !boundary(text, end) || !taken.free(at, end)) {
                    continue;
                }
                taken.take(at, end);
                out.add(new Found(v, at, end));
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** Countries named by demonym as people ("Albanians", "Iraqi nationals"), to the table's spelling. */
    public static List<Found> demonyms(String text, List<String> values) {
        List<Found> out = new ArrayList<>();
        for (Map.Entry<String, Pattern> d : DEMONYM_PATTERNS.entrySet()) {
            String country = DEMONYMS.get(d.getKey());
            if (!values.contains(country) || !text.contains(d.getKey())) {
                continue;
            }
            Matcher m = d.getValue().matcher(text);
            while (m.find()) {
                out.add(new Found(country, m.start(), m.end()));
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** One pattern per demonym, compiled once: "Sudanese" and "Vietnamese" are plural as they stand. */
    private static final Map<String, Pattern> DEMONYM_PATTERNS = demonymPatterns();

    private static Map<String, Pattern> demonymPatterns() {
        Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (String d : DEMONYMS.keySet()) {
            String people = d.endsWith("ese") ? "(?:" + PEOPLE + "|(?![\\p{L}]))" : PEOPLE;
            out.put(d, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(d) + people));
        }
        return out;
    }

    private static final Map<String, Pattern> ADJECTIVE_PATTERNS = adjectivePatterns();

    private static Map<String, Pattern> adjectivePatterns() {
        Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (String a : UK_ADJECTIVES.keySet()) {
            out.put(a, Pattern.compile("(?<![\\p{L}])" + a + "(?![\\p{L}])"));
        }
        return out;
    }

    /** Countries of the UK named or described ("Scotland", "Scottish seats"). */
    public static List<Found> ukCountries(String text, List<String> values) {
        List<Found> out = new ArrayList<>(values(text, values));
        for (Map.Entry<String, String> a : UK_ADJECTIVES.entrySet()) {
            if (!values.contains(a.getValue()) || !text.contains(a.getKey())) {
                continue;
            }
            Matcher m = ADJECTIVE_PATTERNS.get(a.getKey()).matcher(text);
            while (m.find()) {
                out.add(new Found(a.getValue(), m.start(), m.end()));
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
