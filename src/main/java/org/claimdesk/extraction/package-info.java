/**
 * Numeric-claim extraction for ClaimDesk, pure Java (ICU4J, jsoup, Jackson, picocli; no framework).
 *
 * <p>Stages, run by {@link org.claimdesk.extraction.ClaimExtractor}; each hands the next an
 * immutable result:
 * <ol>
 *   <li>{@code text.Boilerplate} marks promo, credit and caption lines; no claims come from them;
 *       {@code text.SentenceSplitter} splits once (lines, then ICU sentence breaks, abbreviations undone);</li>
 *   <li>{@code Lexer} tokenizes a sentence in one pass into {@code Token}s, with signs, exponents,
 *       glued scales, units and currencies; {@code Lexicon} gives each word its {@code WordClass}es;</li>
 *   <li>{@code NumberReader} reads {@code NumberPhrase}s: digits, words via the ICU-built
 *       {@code NumberWords}, scales, vague numbers;</li>
 *   <li>{@code QuantityParser} builds {@code QuantityPhrase}s: currencies, percentages, units,
 *       fractions, ranges, multiples, bounds ({@code Bounds}) and the counted noun ({@code Nouns});</li>
 *   <li>{@code ClaimFilter} decides which are no claims ({@link org.claimdesk.extraction.Exclusion}),
 *       {@code Changes} links the two ends of a change ({@link org.claimdesk.extraction.Change}),
 *       {@code ClaimTyper} assigns the {@link org.claimdesk.extraction.ClaimType} from the phrase, its
 *       sentence and the article ({@code DocumentContext}), {@code Attribution} finds speaker, hedges
 *       and time, {@code Checkworthiness} scores: {@link org.claimdesk.extraction.Quantity}.</li>
 * </ol>
 *
 * <p>The rules are data. Scales, units, currencies, bounds, multiples and the word classes are the
 * tables under {@code resources/org/claimdesk/extraction/}; the claim filter and the typer are
 * ordered rule tables in their classes. Every row and rule carries example sentences, and
 * {@code RuleTablesTest}, {@code ClaimFilterTest} and {@code ClaimTyperTest} run them all: a new
 * number form, unit, currency or typing rule is a row and its examples.
 *
 * <p>The command line ({@code cli.ExtractionCli}) offers {@code extract}, {@code evaluate} and {@code bench}.
 */
package org.claimdesk.extraction;
