package org.claimdesk.stats;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimdesk.core.Actor;
import org.claimdesk.core.Role;
import org.claimdesk.core.UnavailableException;
import org.eclipse.microprofile.context.ManagedExecutor;

/** The desk's figures for anyone who works on it: editors, reviewers and admins. */
@ApplicationScoped
public class StatsService {

    static final Set<Role> READERS = EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN);
    private static final int MAX_OUTLETS = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ManagedExecutor executor;

    /** Two connections for one snapshot: the claim counts run on the second meanwhile. */
    public DeskStats compute(Actor actor, StatsFilter filter) {
        actor.require(READERS);
        return read(c -> read(helper -> StatsQueries.compute(c, helper, executor, filter, Instant.now())));
    }

    /** Outlets the articles name (one spelling each), for the filter's suggestions. */
    public List<String> outlets(Actor actor) {
        actor.require(READERS);
        return read(c -> {
            List<String> outlets = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT min(outlet) FROM article WHERE outlet IS NOT NULL"
                    + " GROUP BY lower(outlet) ORDER BY 1 LIMIT " + MAX_OUTLETS);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    outlets.add(r.getString(1));
                }
            }
            return outlets;
        });
    }

    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction that only reads, rolled back at the end. */
    private <T> T read(Read<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // connection trouble (08...) or a server going away (57...) is the database's; anything else a bug
            String state = String.valueOf(e.getSQLState());
            if (state.startsWith("08") || state.startsWith("57")) {
                throw new UnavailableException("The figures could not be read from the database; try again shortly.",
                        false, e);
            }
            throw new IllegalStateException("reading the desk figures failed: " + e.getMessage(), e);
        }
    }
}
