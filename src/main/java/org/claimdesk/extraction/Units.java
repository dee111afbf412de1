package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The unit table ({@code units.tsv}): units glued to a number ({@code 50mg}, {@code 3kW}), written
 * after it ({@code 45 minutes}, {@code 12 square miles}) or in an N-unit compound ({@code a 6.1-inch
 * screen}). Rows marked {@code exact} match only as written ({@code GB} but not {@code gb}, so that
 * {@code 5G} stays a name).
 */
final class Units {

    enum Dimension { DURATION, LENGTH, AREA, MASS, VOLUME, SPEED, POWER, ENERGY, DATA, DATA_RATE, FREQUENCY,
        CHARGE, VOLTAGE, TEMPERATURE, RATE, MULTIPLE }

    /** A unit and what it measures. */
    record Unit(String name, Dimension dimension) {
        boolean duration() {
            return dimension == Dimension.DURATION;
        }

        /** The kind of quantity a number with this unit is: a duration, points of a rate, a multiple, or a measure. */
        QuantityPhrase.Kind kind() {
            return switch (dimension) {
                case DURATION -> QuantityPhrase.Kind.DURATION;
                case RATE -> QuantityPhrase.Kind.POINTS;
                case MULTIPLE -> QuantityPhrase.Kind.MULTIPLE;
                default -> QuantityPhrase.Kind.MEASURE;
            };
        }
    }

    /** A unit written at a token and how many tokens it takes. */
    record Match(Unit unit, int tokens) {
    }

    /** One written form: its pieces (words and single symbols) and whether each is glued to the one before. */
    private record Form(String[] pieces, boolean[] glued, boolean exact, Unit unit) {
    }

    private static final Map<String, Unit> GLUED_EXACT = new HashMap<>();
    private static final Map<String, Unit> GLUED_ANY = new HashMap<>();
    /** Spaced forms by their first piece in lower case, longest first. */
    private static final Map<String, List<Form>> SPACED = new HashMap<>();
    /** Single-word forms usable in compounds ("6.1-inch", "two-year", "two-term"). */
    private static final Map<String, Unit> HYPHEN = new HashMap<>();
    /** Single-word durations written after a number ("years", "fortnight"). */
    private static final Map<String, Unit> DURATIONS = new HashMap<>();

    static {
        for (Table.Row row : rows()) {
            Dimension d;
            try {
                d = Dimension.valueOf(row.cell(2).toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown dimension " + row.cell(2));
            }
            boolean exact = switch (row.cell(4)) {
                case "exact" -> true;
                case "any" -> false;
                default -> throw row.error("case must be exact or any, not " + row.cell(4));
            };
            Unit unit = new Unit(row.cell(1), d);
            String written = row.cell(3);
            if (!List.of("glued", "spaced", "both", "hyphen").contains(written)) {
                throw row.error("written must be glued, spaced, both or hyphen, not " + written);
            }
            for (String f : row.cell(0).split(",")) {
                String form = f.strip();
                if (form.isEmpty()) {
                    throw row.error("an empty form");
                }
                boolean oneWord = form.indexOf(' ') < 0;
                if (written.equals("glued") || written.equals("both")) {
                    if (!oneWord) {
                        throw row.error("a glued form is one word: " + form);
                    }
                    (exact ? GLUED_EXACT : GLUED_ANY).put(exact ? form : form.toLowerCase(Locale.ROOT), unit);
                }
                if (written.equals("spaced") || written.equals("both")) {
                    Form parsed = parse(form, exact, unit);
                    SPACED.computeIfAbsent(parsed.pieces()[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(parsed);
                    if (oneWord && unit.duration()) {
                        DURATIONS.put(form.toLowerCase(Locale.ROOT), unit);
                    }
                }
                if (oneWord && !written.equals("glued") && Character.isLetter(form.charAt(0))) {
                    HYPHEN.put(form.toLowerCase(Locale.ROOT), unit);
                }
            }
        }
        for (List<Form> forms : SPACED.values()) {
            forms.sort(Comparator.comparingInt((Form f) -> f.pieces().length).reversed());
        }
    }

    private Units() {
    }

    static List<Table.Row> rows() {
        return Table.read("units.tsv", 5, 5);
    }

    /** Splits "km/h" into km, /, h and "sq ft" into sq, ft, noting which pieces are glued. */
    private static Form parse(String form, boolean exact, Unit unit) {
        List<String> pieces = new ArrayList<>();
        List<Boolean> glued = new ArrayList<>();
        int i = 0;
        boolean space = true;
        while (i < form.length()) {
            char c = form.charAt(i);
            if (c == ' ') {
                space = true;
                i++;
                continue;
            }
            int e = i + 1;
            if (Character.isLetter(c)) {
                while (e < form.length() && (Character.isLetter(form.charAt(e)) || form.charAt(e) == '\'')) {
                    e++;
                }
            }
            pieces.add(form.substring(i, e));
            glued.add(!space);
            space = false;
            i = e;
        }
        boolean[] g = new boolean[glued.size()];
        for (int k = 0; k < g.length; k++) {
            g[k] = glued.get(k);
        }
        return new Form(pieces.toArray(String[]::new), g, exact, unit);
    }

    /** The unit of a suffix glued to digits, as written ("mg", "kW", "°C"), or null. */
    static Unit glued(String suffix) {
        Unit u = GLUED_EXACT.get(suffix);
        return u != null ? u : GLUED_ANY.get(suffix.toLowerCase(Locale.ROOT));
    }

    /** The longest unit written from token k ("45 minutes", "12 square miles", "300 km/h"), or null. */
    static Match spacedAt(List<Token> t, int k) {
        if (k >= t.size()) {
            return null;
        }
        Token first = t.get(k);
        List<Form> forms = SPACED.get(first.lower);
        if (forms == null) {
            return null;
        }
        for (Form f : forms) {
            if (matches(t, k, f)) {
                return new Match(f.unit(), f.pieces().length);
            }
        }
        return null;
    }

    private static boolean matches(List<Token> t, int k, Form f) {
        String[] p = f.pieces();
        if (k + p.length > t.size()) {
            return false;
        }
        for (int j = 0; j < p.length; j++) {
            Token x = t.get(k + j);
            if (x.kind == Token.Kind.NUM || x.kind == Token.Kind.IDENT) {
                return false;
            }
            boolean same = f.exact() ? x.raw.equals(p[j]) : x.lower.equals(p[j].toLowerCase(Locale.ROOT));
            if (!same || j > 0 && f.glued()[j] != (t.get(k + j - 1).end == x.start)) {
                return false;
            }
        }
        return true;
    }

    /** A unit word usable in a compound adjective ("inch" of "6.1-inch"), or null. */
    static Unit compound(String lower) {
        return HYPHEN.get(lower);
    }

    /** A one-word duration unit ("year", "months"), or null: for "a year", "more years". */
    static Unit duration(String lower) {
        return DURATIONS.get(lower);
    }
}
