package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.claimdesk.extraction.text.Boilerplate;
import org.claimdesk.extraction.text.Sentence;
import org.claimdesk.extraction.text.SentenceSplitter;

/**
 * Extracts numeric claims from article text. Thread-safe and reusable: it holds no per-call
 * state; {@link #DEFAULT} is a shared instance.
 *
 * <p>Pipeline per text, in typed stages that each hand the next an immutable result: boilerplate
 * lines are found and the text is split into sentences once; each sentence is tokenized
 * ({@link Token}) in one pass; {@link NumberReader} reads number phrases ({@link NumberPhrase}),
 * {@link QuantityParser} builds quantity phrases ({@link QuantityPhrase}); then {@link ClaimFilter}
 * decides which are claims, {@link Changes} links the ends of changes, {@link ClaimTyper} types
 * them and {@link Attribution} finds speaker, hedges and time, giving {@link Quantity} records.
 *
 * <p>It never throws: a failure inside the engine is logged with the document's name and counted
 * ({@link #failures()}), and that document yields no quantities.
 */
public final class ClaimExtractor {

    static {
        // The rule tables load with the engine, not in the middle of a first sentence: a broken row
        // stops the engine's first use at once, with its file and line.
        Lexicon.flags("a");
        Units.glued("mg");
        Currencies.symbolStart('$');
    }

    public static final ClaimExtractor DEFAULT = new ClaimExtractor();

    private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);
    /** Sentences longer than this are cut into pieces: no sentence in prose is that long. */
    private static final int MAX_SENTENCE = 5_000;
    private static final String UNNAMED = "(unnamed text)";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<ClaimTyper.Rule> typeRules;
    private final AtomicLong failures = new AtomicLong();

    public ClaimExtractor() {
        this(ClaimTyper.RULES);
    }

    /** An extractor with other typing rules: for the test that a broken rule fails loudly. */
    ClaimExtractor(List<ClaimTyper.Rule> typeRules) {
        this.typeRules = List.copyOf(typeRules);
    }

    /** A quantity with the rules that decided it, for tests and for people asking why. */
    record Traced(Quantity quantity, String exclusionRule, String typeRule) {
    }

    /** Which quantities a call returns, and by which convention for minor units. */
    private enum Select {
        /** Every quantity, values in major units. */
        ALL,
        /** The claims only. */
        CLAIMS,
        /** What a quantity benchmark counts: not years, names and the like; minor units at face value. */
        QUANTITIES;

        boolean keeps(Quantity q) {
            return switch (this) {
                case ALL -> true;
                case CLAIMS -> q.claim();
                case QUANTITIES -> q.reason() == null || q.reason().quantity();
            };
        }
    }

    /** All quantities, claims and non-claims (see {@link Quantity#claim()}); never null, never throws. */
    public List<Quantity> extract(String text) {
        return extract(text, UNNAMED);
    }

    /** As {@link #extract(String)}; {@code documentName} names the text in the log if extraction fails. */
    public List<Quantity> extract(String text, String documentName) {
        return run(text, documentName, Select.ALL, null);
    }

    /** Only the quantities that count as numeric claims. */
    public List<Quantity> extractClaims(String text) {
        return extractClaims(text, UNNAMED);
    }

    public List<Quantity> extractClaims(String text, String documentName) {
        return run(text, documentName, Select.CLAIMS, null);
    }

    /**
     * The quantities a quantity benchmark counts: every quantity except years, dates, times,
     * identifiers, ordinals and the like ({@link Exclusion#quantity()} false), ranges as value and
     * high, money in minor units at face value ("19 cents" is 19 cents, not 0.19 USD).
     */
    public List<Quantity> extractQuantities(String text, String documentName) {
        return run(text, documentName, Select.QUANTITIES, null);
    }

    /** Documents whose extraction failed since this extractor was made (each is logged). */
    public long failures() {
        return failures.get();
    }

    /** Every quantity with the rules that decided it. */
    List<Traced> trace(String text) {
        List<Traced> trace = new ArrayList<>();
        run(text, UNNAMED, Select.ALL, trace);
        return trace;
    }

    private List<Quantity> run(String text, String documentName, Select select, List<Traced> trace) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String name = documentName == null ? UNNAMED : documentName;
        try {
            List<Quantity> out = new ArrayList<>();
            document(text, name, select, out, trace);
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            failures.incrementAndGet();
            if (trace != null) {
                trace.clear();
            }
            // The logger is looked up only here: a run without failures never touches the logging set-up.
            System.getLogger(ClaimExtractor.class.getName()).log(System.Logger.Level.ERROR,
                    "extraction failed on " + name + " (" + text.length() + " chars); it yields no quantities", e);
            return List.of();
        }
    }

    private void document(String text, String name, Select select, List<Quantity> out, List<Traced> trace) {
        List<int[]> boiler = Boilerplate.ranges(text);
        // Tokens first, for every sentence: what the whole article is about types its first sentences too.
        List<int[]> pieces = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        List<long[]> classes = new ArrayList<>();
        int previousEnd = 0;
        boolean newParagraph = false;
        for (Sentence s : splitter.split(text)) {
            newParagraph |= lineBreakBetween(text, previousEnd, s.start());
            previousEnd = s.end();
            if (Boilerplate.inside(boiler, s.start(), s.end())) {
                continue;
            }
            for (int from = s.start(); from < s.end(); from += MAX_SENTENCE) {
                int to = Math.min(s.end(), from + MAX_SENTENCE);
                pieces.add(new int[] {from, to, newParagraph ? 1 : 0});
                long[] bits = new long[WordClass.WORDS];
                tokens.add(Lexer.tokenize(text, from, to, bits));
                classes.add(bits);
                newParagraph = false;
            }
        }
        DocumentContext ctx = new DocumentContext(name, tokens, classes.toArray(long[][]::new));
        for (int i = 0; i < pieces.size(); i++) {
            int[] p = pieces.get(i);
            if (p[2] == 1) {
                ctx.inQuote = false; // quotations are attributed within their paragraph
            }
            sentence(text, p[0], p[1], tokens.get(i), ctx.sentenceClasses[i], ctx, select, out, trace);
        }
    }

    private void sentence(String text, int from, int to, List<Token> tokens, long[] sentenceClasses, DocumentContext ctx,
                          Select select, List<Quantity> out, List<Traced> trace) {
        List<QuantityPhrase> phrases = QuantityParser.parse(tokens, sentenceClasses);
        // Speakers are found in every sentence: a later "he said" refers to the last one named.
        String speaker = Attribution.speaker(text, tokens, ctx, sentenceClasses);
        boolean togglesQuote = Attribution.oddQuoteMarks(text, from, to);
        if (speaker == null && ctx.inQuote) {
            speaker = ctx.quoteSpeaker;
        }
        if (togglesQuote) {
            ctx.inQuote = !ctx.inQuote;
            ctx.quoteSpeaker = ctx.inQuote ? speaker : null;
        }
        boolean pollSentence = (sentenceClasses[WordClass.POLL.word] & WordClass.POLL.bit) != 0;
        ctx.sentencesSincePoll = pollSentence ? 0 : ctx.sentencesSincePoll + 1;
        if (phrases.isEmpty()) {
            return;
        }
        ClaimFilter.Decision[] decisions = ClaimFilter.apply(tokens, phrases, isQuestion(text, from, to));
        Changes.Link[] links = Changes.find(tokens, phrases, decisions);
        List<String> hedges = List.copyOf(Attribution.hedges(tokens, sentenceClasses));
        List<int[]> times = Attribution.timeExpressions(tokens, phrases, decisions, sentenceClasses);
        String sentenceText = text.substring(from, to);
        // An anaphoric subject ("It has since fallen to...") continues the previous sentence's figure.
        boolean anaphoric = ClaimTyper.anaphoricStart(tokens);
        QuantityPhrase previous = anaphoric ? ctx.lastClaim : null;
        ClaimType previousType = anaphoric ? ctx.lastType : null;
        boolean quantities = select == Select.QUANTITIES;
        BigDecimal[] values = new BigDecimal[phrases.size()];
        int[][] spans = new int[phrases.size()][];
        for (int i = 0; i < phrases.size(); i++) {
            QuantityPhrase q = phrases.get(i);
            values[i] = normalise(quantities && q.faceValue() != null ? q.faceValue() : q.value());
            spans[i] = new int[] {tokens.get(q.start()).start, tokens.get(q.quoteEnd() - 1).end};
        }
        ClaimType[] types = new ClaimType[phrases.size()];
        for (int i = 0; i < phrases.size(); i++) {
            QuantityPhrase q = phrases.get(i);
            ClaimFilter.Decision decision = decisions[i];
            // The later end of "from A to B" measures what the earlier does; not so an amount "by"
            // which it changed ("rose 20% to 36,000").
            Changes.Link link = links[i];
            ClaimType changeType = link != null && link.other() < i && link.role() != Change.Role.BY
                    && link.otherRole() != Change.Role.BY && phrases.get(link.other()).kind() == q.kind()
                    ? types[link.other()] : null;
            ClaimTyper.Decision typed = ClaimTyper.type(typeRules,
                    new ClaimTyper.Subject(tokens, q, ctx, sentenceClasses, previous, previousType, changeType));
            ClaimType type = types[i] = typed.type();
            int start = spans[i][0];
            int end = spans[i][1];
            List<String> qHedges = hedges;
            if (q.hedge() != null && !hedges.contains(q.hedge())) {
                qHedges = new ArrayList<>(hedges.size() + 1);
                qHedges.add(q.hedge());
                qHedges.addAll(hedges);
            }
            boolean claim = decision.exclusion() == null;
            String unit = quantities && q.faceUnit() != null ? q.faceUnit()
                    : q.unit() == null && type == ClaimType.MONEY ? ctx.currency : q.unit();
            Quantity quantity = new Quantity(start, end, text.substring(start, end), values[i], normalise(high(q, quantities)),
                    q.approx(), q.bound(), unit, type, sentenceText, from, to, speaker, qHedges,
                    Attribution.nearestTime(text, tokens, times, q), claim, decision.exclusion(),
                    Checkworthiness.score(type, claim, q.approx(), q.vague(), speaker != null, !hedges.isEmpty()),
                    change(i, links[i], values, spans));
            if (select.keeps(quantity)) {
                out.add(quantity);
            }
            if (trace != null) {
                trace.add(new Traced(quantity, decision.rule(), typed.rule()));
            }
            if (claim) {
                previous = ctx.lastClaim = q;
                previousType = ctx.lastType = type;
            }
        }
    }

    /** The high end of a range, at face value when the call wants minor units so ("10p to 20p": 20). */
    private static BigDecimal high(QuantityPhrase q, boolean faceValues) {
        if (!faceValues || q.high() == null || q.faceValue() == null || q.value().signum() == 0) {
            return q.high();
        }
        return q.high().multiply(q.faceValue()).divide(q.value(), SIGNIFICANT);
    }

    /** The change phrase {@code self} is one end of, with the values both ends have in this call's convention. */
    private static Change change(int self, Changes.Link link, BigDecimal[] values, int[][] spans) {
        if (link == null) {
            return null;
        }
        int other = link.other();
        BigDecimal[] ends = new BigDecimal[Change.Role.values().length];
        ends[link.role().ordinal()] = values[self];
        ends[link.otherRole().ordinal()] = values[other];
        return new Change(ends[Change.Role.FROM.ordinal()], ends[Change.Role.TO.ordinal()], ends[Change.Role.BY.ordinal()],
                link.direction(), link.role(), spans[other][0], spans[other][1]);
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
