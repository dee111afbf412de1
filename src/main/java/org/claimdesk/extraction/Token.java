package org.claimdesk.extraction;

import java.math.BigDecimal;

/** A lexical token of a sentence. Immutable; fields are public for the tight parsing loops. */
final class Token {

    enum Kind { NUM, WORD, IDENT, CURRENCY, PERCENT, PUNCT }

    final Kind kind;
    final int start;
    final int end;
    /** Lower-cased word, the attached suffix of a number ("m", "bn", "th"...), or the punctuation char. */
    final String lower;
    /** Parsed value of a NUM token (before its suffix), null if unparseable or absurdly long. */
    final BigDecimal num;
    /** NUM written with a thousands separator or a decimal point. */
    final boolean grouped;
    final boolean decimal;
    /** WORD starting with an upper-case letter. */
    final boolean capitalized;
    /** Word classes of a WORD, bits of {@link Lexicon}. */
    final int flags;

    Token(Kind kind, int start, int end, String lower, BigDecimal num, boolean grouped, boolean decimal,
          boolean capitalized) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.lower = lower;
        this.num = num;
        this.grouped = grouped;
        this.decimal = decimal;
        this.capitalized = capitalized;
        this.flags = kind == Kind.WORD ? Lexicon.flags(lower) : 0;
    }

    boolean is(String word) {
        return kind == Kind.WORD && lower.equals(word);
    }

    boolean has(int lexiconFlag) {
        return (flags & lexiconFlag) != 0;
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && lower.length() == 1 && lower.charAt(0) == c;
    }

    boolean isDash() {
        return kind == Kind.PUNCT && (lower.equals("-") || lower.equals("\u2013"));
    }

    /** Integer NUM without suffix, separator or decimals: the shape of years, ids and list markers. */
    boolean isPlainInteger() {
        return kind == Kind.NUM && num != null && !grouped && !decimal && lower.isEmpty();
    }

    @Override
    public String toString() {
        return kind + ":" + lower + (num != null ? "=" + num.toPlainString() : "");
    }
}
