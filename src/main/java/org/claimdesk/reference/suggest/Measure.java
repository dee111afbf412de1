package org.claimdesk.reference.suggest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a Home Office claim counts, as rows: the words that name it, the table column that holds it
 * and the values it takes there (none: every value, the whole table). A table qualifies when it has
 * the column. Specific measures win over the general one of their family when both are named.
 */
public enum Measure {
    SMALL_BOATS("Method of entry", List.of("Small boat arrivals"), true,
            "small[- ]boats?|dinghy|dinghies|(?:crossed|crossing|crossings|cross) (?:of )?the (?:english )?channel"
                    + "|channel (?:crossings?|migrants|arrivals)|by boat|boat (?:arrivals|crossings|migrants)",
            "Almost 30,000 people crossed the Channel in small boats in 2023."),
    AIR("Method of entry", List.of("Inadequately documented air arrivals"), true,
            "inadequately documented|air arrivals|arriv\\w* by (?:air|plane)|at airports",
            "Some 3,800 inadequately documented air arrivals were recorded in 2023."),
    PORTS("Method of entry", List.of("Recorded detections at UK ports"), true,
            "detect\\w* at (?:uk )?ports|at (?:uk )?ports|in (?:the backs? of )?lorries",
            "Detections at UK ports fell to 328 in 2023."),
    IN_UK("Method of entry", List.of("Recorded detections in the UK"), true,
            "detect\\w* (?:in|within|inside) the uk|inland detections",
            "There were 3,117 people detected in the UK after arriving irregularly in 2023."),
    DETECTIONS("Method of entry", List.of(), false,
            "irregular(?:ly)?|illegal(?:ly)? (?:arriv|entr|migra|immigra|came)|detections|detected|unlawful(?:ly)? arriv",
            "Irregular arrivals totalled more than 36,000 in 2023."),
    ASSISTED("Return type", List.of("Assisted returns"), true, "assisted (?:voluntary )?returns?",
            "Assisted returns made up a small share in 2023."),
    ENFORCED("Return type group", List.of("Enforced return"), true,
            "enforced|removed|removals?|deport\\w*|forcibly|forced (?:to leave|returns?)|expelled",
            "The Home Office removed 6,393 people in 2023."),
    VOLUNTARY("Return type group", List.of("Voluntary return"), true, "voluntar(?:y|ily)|left of their own accord",
            "Voluntary returns rose to 19,253 in 2023."),
    REFUSED("Return type group", List.of("Refused entry at port and subsequently departed"), true,
            "refused (?:entry|leave to enter)|turned (?:away|back) at (?:the )?(?:border|ports?)",
            "Some 24,600 people were refused entry at port in 2023."),
    RETURNS("Return type group", List.of(), false,
            "returned|returns|returning|sent (?:back|home)|left the uk|returnees|repatriat\\w*",
            "The Home Office returned 50,233 people in 2023.");

    public final String column;
    public final List<String> values;
    public final boolean specific;
    public final Pattern words;
    public final String example;

    Measure(String column, List<String> values, boolean specific, String words, String example) {
        this.column = column;
        this.values = values;
        this.specific = specific;
        this.words = Pattern.compile("\\b(?:" + words + ")", Pattern.CASE_INSENSITIVE);
        this.example = example;
    }

    /** The family a measure belongs to: the table it needs. */
    public String family() {
        return this == ASSISTED ? "Return type group" : column;
    }
}
