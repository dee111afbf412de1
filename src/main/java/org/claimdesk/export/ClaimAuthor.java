package org.claimdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The author of a claim when its speaker is a name: a person ("Jo Bloggs", "Mr Bloggs") or an
 * organisation ("the Treasury", "Office for Budget Responsibility"). The speaker the extractor found
 * is often a description instead ("the minister", "figures revealed by", "sources"); a ClaimReview
 * must then name no author rather than a phrase. The rules, in order:
 * <ol>
 * <li>a possessive ("Jo Bloggs's") is what the figure belongs to, not who said it: no author;</li>
 * <li>after an optional leading "the", every word is capitalised, except joiners (of, for, and,
 *     &amp;, de, van, von) between capitalised words: otherwise it is a description;</li>
 * <li>only role nouns ("the Prime Minister", "Home Secretary") name an office, not a person;</li>
 * <li>one word at the very start of the sentence is capitalised by its place, not as a name
 *     ("Officials said ..."), unless it is an acronym or follows "the";</li>
 * <li>right after "in", "at" or "near" the name is a place, not a speaker.</li>
 * </ol>
 * It is an organisation when it has an acronym, an organisation noun, a joiner, or a leading "the",
 * or is a single untitled word (news style names people in full or with a title); otherwise a person.
 */
record ClaimAuthor(String name, boolean organization) {

    private static final Set<String> JOINERS = Set.of("of", "for", "and", "&", "the", "de", "van", "von", "der",
            "du", "da", "la", "le");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "lord", "lady",
            "baroness", "baron", "dame", "prof", "professor", "rev", "cllr");
    private static final Set<String> ROLES = Set.of("prime", "minister", "ministers", "secretary", "chancellor",
            "shadow", "deputy", "home", "foreign", "health", "education", "leader", "president", "chair", "chairman",
            "chairwoman", "chief", "executive", "mayor", "governor", "premier", "speaker", "spokesman",
            "spokeswoman", "spokesperson", "officials", "director", "general", "first", "senior", "mp", "mps",
            "government");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near");
    private static final Pattern ORGANIZATION_NOUN = Pattern.compile(
            "(?i)\\b(ministry|department|office|council|government|party|agency|commission|committee|bank|union"
                    + "|institute|institution|association|authority|trust|board|service|police|operator|company"
                    + "|group|foundation|society|federation|confederation|centre|center|university|college|court"
                    + "|parliament|assembly|executive|treasury|survey|statistics|poll|polling|research|network"
                    + "|corporation|ltd|plc|inc)\\b");
    /** Two or more capitals and no lower case but a plural s: BBC, ONS, NHS, MPs. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&.]*\\p{Lu}\\.?s?");
    private static final Pattern CAPITALISED = Pattern.compile("[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}'\u2019.\\-]*");

    /**
     * @param sentence the sentence the claim stands in, to tell a capital of position from a name's;
     *                 may be null
     */
    static Optional<ClaimAuthor> of(String speaker, String sentence) {
        if (speaker == null || speaker.isBlank()) {
            return Optional.empty();
        }
        String name = speaker.strip().replaceAll("\\s+", " ");
        boolean article = false;
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
            article = true;
        }
        if (name.isEmpty() || possessive(name)) {
            return Optional.empty();
        }
        List<String> words = List.of(name.split(" "));
        boolean acronym = false;
        boolean joined = false;
        boolean onlyRoles = true;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean inner = i > 0 && i < words.size() - 1;
            if (JOINERS.contains(w) && inner) {
                joined = true;
                continue;
            }
            if (!CAPITALISED.matcher(w).matches()) {
                return Optional.empty();
            }
            acronym |= ACRONYM.matcher(w).matches();
            onlyRoles &= ROLES.contains(lower) || TITLES.contains(lower.replace(".", ""));
        }
        if (onlyRoles && !acronym) {
            return Optional.empty();
        }
        if (sentence != null) {
            if (words.size() == 1 && !article && !acronym && onlyAtStart(sentence, speaker.strip())) {
                return Optional.empty();
            }
            if (afterPlaceWord(sentence, speaker.strip())) {
                return Optional.empty();
            }
        }
        boolean titled = TITLES.contains(words.get(0).toLowerCase(Locale.ROOT).replace(".", ""));
        boolean organization = !titled && (acronym || joined || article || words.size() == 1
                || ORGANIZATION_NOUN.matcher(name).find());
        return Optional.of(new ClaimAuthor(name, organization));
    }

    private static boolean possessive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("s'") || lower.endsWith("s\u2019");
    }

    /** True when the speaker appears in the sentence only as its first word(s). */
    private static boolean onlyAtStart(String sentence, String speaker) {
        List<Integer> at = occurrences(sentence, speaker);
        if (at.isEmpty()) {
            return false; // named elsewhere (a pronoun resolved to it): no capital of position
        }
        String before = sentence.substring(0, at.get(0));
        return at.size() == 1 && before.chars().allMatch(c -> Character.isWhitespace(c) || "\"'\u201c\u2018(".indexOf(c) >= 0);
    }

    private static boolean afterPlaceWord(String sentence, String speaker) {
        List<Integer> at = occurrences(sentence, speaker);
        if (at.isEmpty()) {
            return false;
        }
        for (int start : at) {
            String[] before = sentence.substring(0, start).strip().split("\\s+");
            int last = before.length - 1;
            if (last >= 0 && before[last].equalsIgnoreCase("the")) {
                last--;
            }
            if (last < 0 || !PLACE_WORDS.contains(before[last].toLowerCase(Locale.ROOT))) {
                return false; // at least once it stands as a speaker
            }
        }
        return true;
    }

    private static List<Integer> occurrences(String sentence, String speaker) {
        List<Integer> at = new ArrayList<>();
        for (int i = sentence.indexOf(speaker); i >= 0; i = sentence.indexOf(speaker, i + 1)) {
            at.add(i);
        }
        return at;
    }
}
