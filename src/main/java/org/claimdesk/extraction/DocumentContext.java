package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * What one extraction call knows about the whole article and remembers from its earlier
 * sentences: what the article is about (polls, migration, elections), its currency, the last named
 * person (for "she said"), the last claim (for "It has since fallen to 431,000"), an open
 * quotation, and how recently a poll was mentioned (for a list of party shares that follows it).
 */
final class DocumentContext {

    /** Sentences after the one naming a poll in which a list of shares still belongs to it. */
    static final int POLL_REACH = 4;

    final String name;
    final boolean pollDocument;
    /** The story is about immigration, so "returned" means sent back. */
    final boolean migrationDocument;
    /** The story is about elections, so MPs won and lost are seats. */
    final boolean electionDocument;
    /** The currency the article writes most ("GBP"), for money written without one ("tens of millions"); or null. */
    final String currency;

    String lastPerson;
    QuantityPhrase lastClaim;
    ClaimType lastType;
    /** Inside a quotation opened in an earlier sentence of the same paragraph, and who opened it. */
    boolean inQuote;
    String quoteSpeaker;
    /** Sentences since the last one that named a poll; large when none did. */
    int sentencesSincePoll = Integer.MAX_VALUE / 2;

    /** Per sentence, the union of its tokens' word classes: "a poll word in this sentence?" is one bit test. */
    final long[][] sentenceClasses;

    /**
     * Reads what the article is about from its sentences: their tokens (for the currency) and the
     * union of each one's word classes, which the lexer gathered.
     */
    DocumentContext(String name, List<List<Token>> sentences, long[][] sentenceClasses) {
        this.name = name;
        this.sentenceClasses = sentenceClasses;
        long[] all = new long[WordClass.WORDS];
        for (long[] bits : sentenceClasses) {
            for (int w = 0; w < bits.length; w++) {
                all[w] |= bits[w];
            }
        }
        List<Currencies.Money> codes = new ArrayList<>(4);
        List<int[]> counts = new ArrayList<>(4);
        for (List<Token> sentence : sentences) {
            for (Token x : sentence) {
                if (x.kind == Token.Kind.CURRENCY) {
                    int k = 0;
                    while (k < codes.size() && codes.get(k) != x.money) {
                        k++; // the table has one Money per currency: identity is enough
                    }
                    if (k == codes.size()) {
                        codes.add(x.money);
                        counts.add(new int[1]);
                    }
                    counts.get(k)[0]++;
                }
            }
        }
        this.pollDocument = (all[WordClass.POLL.word] & WordClass.POLL.bit) != 0;
        this.migrationDocument = (all[WordClass.MIGRATION_TOPIC.word] & WordClass.MIGRATION_TOPIC.bit) != 0;
        this.electionDocument = (all[WordClass.ELECTION.word] & WordClass.ELECTION.bit) != 0;
        String best = null;
        int most = 0;
        for (int k = 0; k < codes.size(); k++) {
            int n = counts.get(k)[0];
            if (n > most || n == most && codes.get(k).code().equals("GBP")) {
                best = codes.get(k).code();
                most = n;
            }
        }
        this.currency = best;
    }

    boolean pollRecent() {
        return sentencesSincePoll <= POLL_REACH;
    }
}
