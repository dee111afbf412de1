package org.claimdesk.extraction;

import org.claimdesk.extraction.text.Boilerplate;
import org.claimdesk.extraction.text.Sentence;
import org.claimdesk.extraction.text.SentenceSplitter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extracts numeric claims from article text. Thread-safe and reusable: it holds no per-call
 * state; {@link #DEFAULT} is a shared instance.
 *
 * <p>Pipeline per text: boilerplate lines are found once, the text is split into sentences
 * once, each sentence is tokenized in one pass, and only sentences whose tokens contain a number
 * phrase go through the parser, the claim filter, the typer and attribution.
 */
public final class ClaimExtractor {

    public static final ClaimExtractor DEFAULT = new ClaimExtractor();

    private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);
    /** Sentences longer than this are cut into pieces: no sentence in prose is that long. */
    private static final int MAX_SENTENCE = 5_000;

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** All quantities, claims and non-claims (see {@link Quantity#claim()}); never null, never throws. */
    public List<Quantity> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return run(text);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // robustness contract: garbage in, nothing out
        }
    }

    /** Only the quantities that count as numeric claims. */
    public List<Quantity> extractClaims(String text) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : extract(text)) {
            if (q.claim()) {
                out.add(q);
            }
        }
        return out;
    }

    private List<Quantity> run(String text) {
        List<int[]> boiler = Boilerplate.ranges(text);
        String head = text.length() > 200_000 ? text.substring(0, 200_000) : text;
        String lower = head.toLowerCase(Locale.ROOT);
        DocumentContext ctx = new DocumentContext(lower.contains("poll") || lower.contains("survey"),
                lower.contains("asylum") || lower.contains("immigra") || lower.contains("migrant")
                        || lower.contains("deport"));
        List<Quantity> out = new ArrayList<>();
        int previousEnd = 0;
        for (Sentence s : splitter.split(text)) {
            if (lineBreakBetween(text, previousEnd, s.start())) {
                ctx.inQuote = false; // quotations are attributed within their paragraph
            }
            previousEnd = s.end();
            if (Boilerplate.inside(boiler, s.start(), s.end())) {
                continue;
            }
            for (int from = s.start(); from < s.end(); from += MAX_SENTENCE) {
                int to = Math.min(s.end(), from + MAX_SENTENCE);
                sentence(text, from, to, ctx, out);
            }
        }
        return out;
    }

    private static void sentence(String text, int from, int to, DocumentContext ctx, List<Quantity> out) {
        List<Token> tokens = NumberLexer.tokenize(text, from, to);
        List<Mention> mentions = QuantityParser.parse(tokens);
        // Speakers are found in every sentence: a later "he said" refers to the last one named.
        String speaker = Attribution.speaker(text, tokens, ctx);
        boolean togglesQuote = Attribution.oddQuoteMarks(text, from, to);
        if (speaker == null && ctx.inQuote) {
            speaker = ctx.quoteSpeaker;
        }
        if (togglesQuote) {
            ctx.inQuote = !ctx.inQuote;
            ctx.quoteSpeaker = ctx.inQuote ? speaker : null;
        }
        if (mentions.isEmpty()) {
            return;
        }
        for (Mention m : mentions) {
            UnitResolver.resolve(text, tokens, m);
        }
        ClaimFilter.apply(tokens, mentions, isQuestion(text, from, to));
        List<String> hedges = Attribution.hedges(tokens);
        List<int[]> times = Attribution.timeExpressions(tokens, mentions);
        String sentenceText = text.substring(from, to);
        boolean pollSentence = ClaimTyper.pollSentence(tokens);
        // An anaphoric subject ("It has since fallen to...") continues the previous sentence's figure.
        boolean anaphoric = ClaimTyper.anaphoricStart(tokens);
        Mention previous = anaphoric ? ctx.lastClaim : null;
        ClaimType previousType = anaphoric ? ctx.lastType : null;
        for (Mention m : mentions) {
            ClaimType type = ClaimTyper.type(tokens, m, previous, previousType, pollSentence, ctx);
            int start = tokens.get(m.startTok).start;
            int endTok = Math.max(m.endTok, m.nounEnd);
            int end = tokens.get(endTok - 1).end;
            List<String> qHedges = new ArrayList<>(hedges);
            if (m.hedge != null && !qHedges.contains(m.hedge)) {
                qHedges.add(0, m.hedge);
            }
            boolean claim = m.isClaim();
            out.add(new Quantity(start, end, text.substring(start, end), normalise(m.value), normalise(m.high),
                    m.approx, m.bound, m.unit, type, sentenceText, from, to, speaker, qHedges,
                    Attribution.nearestTime(text, tokens, times, m), claim, m.reason,
                    Checkworthiness.score(type, claim, m.approx, m.vague, speaker != null, !hedges.isEmpty())));
            if (claim) {
                previous = ctx.lastClaim = m;
                previousType = ctx.lastType = type;
            }
        }
    }

    private static BigDecimal normalise(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal r = v.scale() > 6 || v.precision() > 20 ? v.round(SIGNIFICANT) : v;
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestion(String text, int from, int to) {
        int e = to;
        while (e > from && "\"'\u201d\u2019) ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > from && text.charAt(e - 1) == '?';
    }
}
