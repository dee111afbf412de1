package org.claimdesk.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Test-only endpoints whose transaction loses its connection at a chosen moment: a trigger in a
 * scratch schema terminates the session's own server process, at the INSERT itself or (deferred)
 * at COMMIT. See {@link DatabaseOutageTest}.
 */
@Path("/api/test/cut-connection")
@PermitAll
public class CutConnectionResource {

    static final String SCHEMA = "outage_test";

    @Inject
    EntityManager em;

    @POST
    @Path("{when}")
    public void write(@PathParam("when") String when) {
        QuarkusTransaction.requiringNew().run(() -> insert(when));
    }

    @GET
    @Path("{when}")
    public String read(@PathParam("when") String when) {
        QuarkusTransaction.requiringNew().run(() -> insert(when));
        return "unreachable";
    }

    private void insert(String when) {
        em.createNativeQuery("INSERT INTO " + SCHEMA + ".probe (cut) VALUES (?1)").setParameter(1, when).executeUpdate();
    }
}
