package org.claimdesk.extraction;

import java.math.BigDecimal;

/** A lexical token of a sentence. Immutable; fields are public to the package for the tight parsing loops. */
final class Token {

    enum Kind { NUM, WORD, IDENT, CURRENCY, PERCENT, PUNCT }

    final Kind kind;
    final int start;
    final int end;
    /** As written: the word, the suffix glued to a number ("bn", "kW"), the currency form ("US$"), the char. */
    final String raw;
    /**
     * Lower-case word; lower-case suffix of a number ("m", "th"; ":" for a clock time); the ISO code
     * of a currency; the punctuation char ("-" for dashes).
     */
    final String lower;
    /** Value of a NUM with its sign and exponent, before any suffix; null if unparseable or absurdly long. */
    final BigDecimal num;
    /** NUM written with a thousands separator, or with a decimal point or exponent. */
    final boolean grouped;
    final boolean decimal;
    /** WORD starting with an upper-case letter. */
    final boolean capitalized;
    /** NUM with a minus sign, or CURRENCY written after one ("-£5m"). */
    final boolean negative;
    /** NUM: multiplier of a glued scale suffix ("m" of "5m"), else 0. */
    final long scale;
    /** NUM: unit of a glued unit suffix ("mg" of "50mg"), else null. */
    final Units.Unit unit;
    /** CURRENCY: its currency; NUM: the currency of a glued minor unit ("p" of "245p"); else null. */
    final Currencies.Money money;
    /** The char of a PUNCT or PERCENT token ('-' for any dash but the en dash), else 0. */
    final char c;
    /** Word classes of a WORD, bits of {@link WordClass}; {@link Lexicon#NONE} for other tokens. */
    final long[] classes;

    private Token(Kind kind, int start, int end, String raw, String lower, BigDecimal num, boolean grouped,
                  boolean decimal, boolean negative, long scale, Units.Unit unit, Currencies.Money money) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.raw = raw;
        this.lower = lower;
        this.num = num;
        this.grouped = grouped;
        this.decimal = decimal;
        this.negative = negative;
        this.scale = scale;
        this.unit = unit;
        this.money = money;
        boolean word = kind == Kind.WORD || kind == Kind.IDENT;
        this.capitalized = word && !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
        this.classes = kind == Kind.WORD ? Lexicon.flags(lower) : Lexicon.NONE;
        this.c = (kind == Kind.PUNCT || kind == Kind.PERCENT) && lower.length() == 1 ? lower.charAt(0) : 0;
    }

    /** A word written like a name: capitalised, or with a capital inside ("iPhone", "eBay"). */
    boolean named() {
        if (capitalized) {
            return true;
        }
        if (kind != Kind.WORD) {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A word all in capitals ("USD", "NHS"). */
    boolean upper() {
        return (kind == Kind.WORD || kind == Kind.IDENT) && allCapitals(raw);
    }

    private static boolean allCapitals(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return Character.isLetter(s.charAt(0));
    }

    static Token word(Kind kind, int start, int end, String raw, String lower) {
        return new Token(kind, start, end, raw, lower, null, false, false, false, 0, null, null);
    }

    static Token number(int start, int end, String suffix, String lowerSuffix, BigDecimal value, boolean grouped,
                        boolean decimal, boolean negative, long scale, Units.Unit unit, Currencies.Money minor) {
        return new Token(Kind.NUM, start, end, suffix, lowerSuffix, value, grouped, decimal, negative, scale, unit, minor);
    }

    static Token currency(int start, int end, String form, Currencies.Money money, boolean negative) {
        return new Token(Kind.CURRENCY, start, end, form, money.code(), null, false, false, negative, 0, null, money);
    }

    static Token symbol(Kind kind, int start, int end, String c) {
        return new Token(kind, start, end, c, c, null, false, false, false, 0, null, null);
    }

    boolean is(String word) {
        return kind == Kind.WORD && lower.equals(word);
    }

    boolean has(WordClass c) {
        return (classes[c.word] & c.bit) != 0;
    }

    boolean isPunct(char ch) {
        return kind == Kind.PUNCT && c == ch;
    }

    boolean isDash() {
        return kind == Kind.PUNCT && (c == '-' || c == '\u2013');
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Integer NUM without suffix, sign, separator or decimals: the shape of years, ids and list markers. */
    boolean isPlainInteger() {
        return kind == Kind.NUM && num != null && !grouped && !decimal && !negative && lower.isEmpty();
    }

    @Override
    public String toString() {
        return kind + ":" + raw + (num != null ? "=" + num.toPlainString() : "");
    }
}
