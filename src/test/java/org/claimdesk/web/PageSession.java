package org.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/**
 * A browser's page session for API-level tests of the pages: signs in through the form and keeps the
 * cookies the desk sets (sign-in, session, CSRF token and its binding) the way a browser would.
 */
public final class PageSession {

    private final Map<String, String> cookies = new HashMap<>();
    private String token;

    private PageSession() {
    }

    public static PageSession signIn(String user, String password) {
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        assertThat(r.statusCode()).as("sign-in of " + user).isEqualTo(302);
        PageSession s = new PageSession();
        s.absorb(r);
        assertThat(s.cookies).containsKey("quarkus-credential").containsKey("claimdesk-session");
        s.load("/");
        return s;
    }

    /** A GET of a page, keeping what it sets and the CSRF token its forms carry. */
    public Response load(String path) {
        Response page = given().cookies(cookies).redirects().follow(false).get(path);
        absorb(page);
        org.jsoup.nodes.Element field = org.jsoup.Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]");
        if (field != null && !field.attr("value").isEmpty()) {
            token = field.attr("value");
        }
        return page;
    }

    /** A request with this session's cookies. */
    public RequestSpecification request() {
        return given().cookies(cookies).redirects().follow(false);
    }

    /** A form post with this session's cookies and CSRF token. */
    public RequestSpecification form() {
        return request().contentType(ContentType.URLENC).formParam("csrf-token", token);
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public String token() {
        return token;
    }

    public void absorb(Response r) {
        for (Cookie c : r.getDetailedCookies()) {
            if (c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        }
    }
}
