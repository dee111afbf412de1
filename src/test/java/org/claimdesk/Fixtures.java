package org.claimdesk;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Accounts every test may use: the demo accounts made on the embedded database. */
public final class Fixtures {

    public static final String PASSWORD = "demo";
    public static final String EDITOR = "editor";
    public static final String REVIEWER = "reviewer";
    public static final String REVIEWER2 = "reviewer2";
    public static final String ADMIN = "admin";

    private Fixtures() {
    }

    /**
     * A word that makes an article's text unique without adding a number to it (a UUID's digits
     * would be extracted as quantities).
     */
    public static String marker() {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 16; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** A request signed with HTTP Basic as one of the demo accounts. */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, PASSWORD);
    }
}
