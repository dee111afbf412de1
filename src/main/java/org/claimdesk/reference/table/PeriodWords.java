package org.claimdesk.reference.table;

/** What a table covers, in words: "2018 Q1–2023 Q4", "the general election of 2024-07-04". */
public final class PeriodWords {

    private PeriodWords() {
    }

    public static String coverage(ReferenceTable t) {
        if (t.meta().electionDate() != null) {
            return "the general election of " + t.meta().electionDate();
        }
        if (t.grain() == ReferenceTable.Grain.NONE) {
            return "no period";
        }
        if (t.grain() == ReferenceTable.Grain.YEAR) {
            return t.first().year() == t.last().year() ? "the year " + t.first().year()
                    : "the years " + t.first().year() + "\u2013" + t.last().year();
        }
        return t.first() + "\u2013" + t.last();
    }
}
