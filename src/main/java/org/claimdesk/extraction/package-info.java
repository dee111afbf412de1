/**
 * Numeric-claim extraction for ClaimDesk, pure Java (ICU4J, jsoup, Jackson; no framework).
 *
 * <p>Pipeline, run by {@link org.claimdesk.extraction.ClaimExtractor}:
 * <ol>
 *   <li>{@code text.Boilerplate} marks promo, credit and caption lines; no claims come from them;</li>
 *   <li>{@code text.SentenceSplitter} splits once (lines, then ICU sentence breaks, abbreviations undone);</li>
 *   <li>{@code NumberLexer} tokenizes a sentence in one pass; {@code Lexicon} tags word classes;</li>
 *   <li>{@code QuantityParser} reads number phrases: {@code NumberReader} gives values (digits, words
 *       via the ICU-built {@code NumberWords} table, scales, vague numbers), the parser adds currencies,
 *       percentages, fractions, ranges, multiples and durations, {@code Bounds} the bounds and hedges;</li>
 *   <li>{@code UnitResolver} finds the counted noun, {@code ClaimFilter} marks non-claims with a reason,
 *       {@code ClaimTyper} assigns the {@link org.claimdesk.extraction.ClaimType},
 *       {@code Attribution} finds speaker, hedges and time reference, {@code Checkworthiness} scores.</li>
 * </ol>
 * The command line ({@code cli.ExtractionCli}) offers {@code extract}, {@code evaluate} and {@code bench}.
 */
package org.claimdesk.extraction;
