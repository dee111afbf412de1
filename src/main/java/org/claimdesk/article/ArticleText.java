package org.claimdesk.article;

import org.claimdesk.core.Inputs;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.TooLargeException;
import org.claimdesk.core.UnsupportedFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.claimdesk.extraction.text.TextCleaner;

/**
 * Turns what an editor sends (plain text, HTML, Markdown, raw upload bytes) into the article text
 * that is stored, extracted from and that every offset refers to. Rejects what cannot be an article.
 */
public final class ArticleText {

    /** Largest article body accepted, in bytes of UTF-8. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public enum Format {
        TEXT, HTML, MARKDOWN;

        public static Format ofFileName(String name) {
            String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                return HTML;
            }
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (lower.endsWith(".txt")) {
                return TEXT;
            }
            throw new UnsupportedFormatException("Unsupported file type",
                    "'" + name + "' is not a .txt, .html or .md file.");
        }
    }

    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^>\\s?");

    private ArticleText() {
    }

    /** Strict UTF-8 decoding: invalid bytes are a 400, not replacement characters. */
    public static String decode(byte[] bytes) {
        checkSize(bytes.length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("text", "is not valid UTF-8");
        }
    }

    /** The stored body for a submission in the given format; never blank. */
    public static String body(String raw, Format format) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("text", "the article text is empty");
        }
        checkSize(raw.getBytes(StandardCharsets.UTF_8).length);
        Inputs.characters("text", raw);
        String text = switch (format) {
            case HTML -> TextCleaner.clean(raw);
            case MARKDOWN -> markdownToText(raw);
            case TEXT -> raw;
        };
        text = normaliseNewlines(text).strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("text", "the article has no text once markup is removed");
        }
        return text;
    }

    /**
     * A title for a submission that came without one: the HTML's {@code <title>} or first
     * {@code <h1>}, a Markdown heading, or else the first line of text, shortened at a word.
     */
    public static String titleOf(String raw, Format format) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String title = null;
        if (format == Format.HTML) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(raw);
            title = doc.title();
            if (title == null || title.isBlank()) {
                org.jsoup.nodes.Element h1 = doc.selectFirst("h1");
                title = h1 == null ? null : h1.text();
            }
            if (title == null || title.isBlank()) {
                title = firstLine(TextCleaner.clean(raw));
            }
        } else if (format == Format.MARKDOWN) {
            java.util.regex.Matcher heading = java.util.regex.Pattern.compile("(?m)^#{1,6}\\s+(.+)$").matcher(raw);
            title = heading.find() ? heading.group(1) : firstLine(markdownToText(raw));
        } else {
            title = firstLine(raw);
        }
        return title == null ? null : shorten(title.strip().replaceAll("\\s+", " "));
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    private static String shorten(String s) {
        if (s.length() <= 150) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 150);
        return s.substring(0, cut > 60 ? cut : 150) + "…";
    }

    static void checkSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw new TooLargeException("Article too large",
                    "An article may be at most 2 MB; this one is " + (bytes / 1024) + " KB.");
        }
    }

    static String markdownToText(String md) {
        String text = MD_LINK.matcher(md).replaceAll("$1");
        text = MD_HEADING.matcher(text).replaceAll("");
        text = MD_QUOTE.matcher(text).replaceAll("");
        return MD_EMPHASIS.matcher(text).replaceAll("$2");
    }

    private static String normaliseNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
