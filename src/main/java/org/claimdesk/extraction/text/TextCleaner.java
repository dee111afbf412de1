package org.claimdesk.extraction.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;

/**
 * Turns article HTML into the plain text that is stored and extracted from: block elements
 * become paragraphs separated by a blank line, and page furniture (scripts, navigation, headers,
 * footers, asides, forms, figure captions) is dropped.
 */
public final class TextCleaner {

    private static final String DROP = "script, style, noscript, nav, header, footer, aside, form, figcaption, "
            + "figure, iframe, svg, button, template, [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "article", "section", "main",
            "pre", "tr", "table", "ul", "ol", "dl", "dt", "dd", "body", "title");

    private TextCleaner() {
    }

    public static String clean(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        doc.select(DROP).remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        Element title = doc.selectFirst("h1");
        if (title == null && !doc.title().isBlank()) {
            out.append(doc.title().trim()).append("\n\n");
        }
        walk(doc.body() == null ? doc : doc.body(), out);
        return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n{3,}", "\n\n").trim();
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                String s = text.text();
                if (!s.isBlank()) {
                    if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                            && Character.isWhitespace(s.charAt(0))) {
                        out.append(' ');
                    }
                    out.append(s.strip());
                    if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                        out.append(' ');
                    }
                }
            } else if (child instanceof Element el) {
                boolean block = BLOCKS.contains(el.normalName());
                if (el.normalName().equals("br")) {
                    out.append('\n');
                    continue;
                }
                if (block) {
                    paragraphBreak(out);
                }
                walk(el, out);
                if (block) {
                    paragraphBreak(out);
                }
            }
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        if (len > 0 && !(len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
            out.append(out.charAt(len - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
