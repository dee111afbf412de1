package org.claimdesk.web;

/**
 * The problem+json body of a 503 while the database is unavailable: {@link Problem}'s members plus
 * whether the request may have been applied (true only when the connection was lost during the
 * commit; a client then checks before it repeats a write).
 */
public record UnavailableProblem(String type, String title, int status, String detail, String instance,
        boolean mayHaveBeenApplied) {
}
