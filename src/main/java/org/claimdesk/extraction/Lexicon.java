package org.claimdesk.extraction;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The word classes of {@code lexicon.tsv}, as one look-up from a lower-case word to its class bits. */
final class Lexicon {

    /** Words that may open a number phrase besides number and scale words. */
    private static final Set<String> EXTRA_STARTERS = Set.of(
            "a", "an", "half", "multi", "several", "dozen", "dozens", "tens", "minus", "negative");

    /** The class bits of a word that is in no class. */
    static final long[] NONE = new long[WordClass.WORDS];
    private static final Map<String, long[]> FLAGS = new HashMap<>();
    /** {@link #FLAGS} as an open-addressing table: every word of every sentence is looked up here. */
    private static String[] keys;
    private static int[] hashes;
    private static long[][] values;
    private static int mask;

    static {
        EnumSet<WordClass> seen = EnumSet.noneOf(WordClass.class);
        for (Table.Row row : Table.read("lexicon.tsv", 2, 2)) {
            WordClass c;
            try {
                c = WordClass.valueOf(row.cell(0));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown word class " + row.cell(0));
            }
            if (c.built) {
                throw row.error(c + " is built from the number tables, not listed");
            }
            seen.add(c);
            for (String w : row.cell(1).split("\\s+")) {
                if (!w.isEmpty()) {
                    add(w, c);
                }
            }
        }
        for (WordClass c : WordClass.values()) {
            if (!c.built && !seen.contains(c)) {
                throw new IllegalStateException("lexicon.tsv: word class " + c + " has no words");
            }
        }
        EXTRA_STARTERS.forEach(w -> add(w, WordClass.STARTER));
        Bounds.forEachTouchingWord(w -> add(w, WordClass.BOUND_BEFORE), w -> add(w, WordClass.BOUND_AFTER));
        NumberWords.forEachWord(w -> add(w, WordClass.STARTER));
        Scales.forEachWord(w -> add(w, WordClass.STARTER));
        Multiples.forEachWord(w -> add(w, WordClass.STARTER));
        int size = Integer.highestOneBit(Math.max(16, FLAGS.size() * 4)) << 1;
        keys = new String[size];
        hashes = new int[size];
        values = new long[size][];
        mask = size - 1;
        FLAGS.forEach((word, bits) -> {
            int i = slot(word.hashCode());
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = word;
            hashes[i] = word.hashCode();
            values[i] = bits;
        });
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    private Lexicon() {
    }

    private static void add(String word, WordClass c) {
        FLAGS.computeIfAbsent(word, k -> new long[WordClass.WORDS])[c.word] |= c.bit;
    }

    /** The class bits of a lower-case word, indexed by {@link WordClass#word}; shared, never to be changed. */
    static long[] flags(String lower) {
        int h = lower.hashCode();
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return NONE;
            }
            if (hashes[i] == h && k.equals(lower)) {
                return values[i];
            }
        }
    }

    static boolean is(String lower, WordClass c) {
        return (flags(lower)[c.word] & c.bit) != 0;
    }
}
