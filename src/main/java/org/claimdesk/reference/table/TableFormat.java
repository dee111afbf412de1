package org.claimdesk.reference.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The shapes of CSV the desk imports, by the name the API and the command line use. */
public enum TableFormat {
    /** House of Commons Library results by constituency: one row per seat, one vote column per party. */
    HOC_RESULTS("hoc-results", "House of Commons Library", "Open Parliament Licence v3.0",
            "Contains Parliamentary information licensed under the Open Parliament Licence v3.0."),
    /** Home Office immigration statistics in long form: period columns, dimensions, the value last. */
    HOME_OFFICE("homeoffice", "Home Office", "Open Government Licence v3.0",
            "Contains public sector information licensed under the Open Government Licence v3.0."),
    /** Any long table: a value column, optional period columns, the rest dimensions. */
    LONG("long", null, null, null);

    private final String code;
    private final String publisher;
    private final String licence;
    private final String attribution;

    TableFormat(String code, String publisher, String licence, String attribution) {
        this.code = code;
        this.publisher = publisher;
        this.licence = licence;
        this.attribution = attribution;
    }

    public String code() {
        return code;
    }

    /** Who publishes tables in this shape, when the importer does not say. */
    public String defaultPublisher() {
        return publisher;
    }

    public String defaultLicence() {
        return licence;
    }

    public String defaultAttribution() {
        return attribution;
    }

    public static Optional<TableFormat> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c) || f.name().equalsIgnoreCase(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(TableFormat::code).toList());
    }
}
