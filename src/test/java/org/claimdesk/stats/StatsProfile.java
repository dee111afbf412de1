package org.claimdesk.stats;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.claimdesk.TestDatabase;

/**
 * The stats tests run on a database of their own on the shared test server: they write claims and
 * audit entries straight into the tables, with the times they choose and placeholder hashes, which
 * must not reach the database whose audit chain the other tests verify.
 */
public class StatsProfile implements QuarkusTestProfile {

    public static final String DATABASE = "claimdesk_stats";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StatsDatabase.class));
    }

    /** Started after {@link TestDatabase} (higher order), so its URL is the one Quarkus keeps. */
    public static class StatsDatabase implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            TestDatabase.recreateDatabase(DATABASE);
            return TestDatabase.quarkusConfig(DATABASE);
        }

        @Override
        public void stop() {
            // the server is shared; the database is dropped and made again by the next run
        }

        @Override
        public int order() {
            return 1;
        }
    }
}
