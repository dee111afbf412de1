package org.claimdesk.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds boilerplate lines in article text: newsletter promotions, image credits and captions,
 * share/follow prompts and copyright lines. Works line by line on short lines only, so the cost is
 * one scan of the text plus a few precompiled patterns per short line.
 */
public final class Boilerplate {

    /** Lines longer than this are article prose, never boilerplate. */
    private static final int MAX_LINE = 240;
    private static final Pattern START = Pattern.compile(
            "(sign up|subscribe|get the latest|get our|follow (us|bbc|the)|share (this|on|page)|share$|save$|"
                    + "image (caption|source|copyright)|copyright|©|"
                    + "read more|related (topics|stories|internet links)|more on this story|watch:|listen:|"
                    + "click here|download the|advertisement|media caption|video caption)",
            Pattern.CASE_INSENSITIVE);
    /** Phrases that mark a promo or legal line wherever they occur in it. */
    private static final String[] ANYWHERE = {"newsletter", "to your inbox", "all rights reserved"};
    /**
     * Picture agencies credited at the start or end of a caption line ("Getty Images A crowd...",
     * "...stuck to the glassGetty Images"). A line that ends like a sentence is prose that names the
     * agency ("Reuters reported that..."), not a credit.
     */
    private static final String[] CREDITS = {"getty images", "reuters", "pa media", "afp", "shutterstock", "ap photo", "epa"};

    private Boilerplate() {
    }

    /** Char ranges [start, end) of boilerplate lines, in text order. */
    public static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int s = 0;
        while (s < n) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = n;
            }
            if (e - s <= MAX_LINE && e > s && isBoilerplate(text.substring(s, e).trim())) {
                out.add(new int[] {s, e});
            }
            s = e + 1;
        }
        return out;
    }

    static boolean isBoilerplate(String line) {
        if (line.isEmpty()) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String phrase : ANYWHERE) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        char last = lower.charAt(lower.length() - 1);
        boolean sentence = last == '.' || last == '"' || last == '?' || last == '!' || last == '\u201d';
        for (String credit : CREDITS) {
            if (lower.endsWith(credit) || !sentence && lower.startsWith(credit)) {
                return true;
            }
        }
        return START.matcher(lower).lookingAt();
    }

    /** True when [start, end) lies inside one of the sorted, disjoint ranges (binary search). */
    public static boolean inside(List<int[]> ranges, int start, int end) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = ranges.get(mid);
            if (r[1] <= start) {
                lo = mid + 1;
            } else if (r[0] > start) {
                hi = mid - 1;
            } else {
                return end <= r[1];
            }
        }
        return false;
    }
}
