package org.entente.ingest.rest;

import java.util.Map;

import org.entente.testinfra.EntenteInfrastructure;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The same checks as {@link ArticleBadInputTest}, against the packaged jar in its production profile, given the
 * admin token the way an operator does (production has none by default and refuses every admin call).
 * <p>
 * The jar keeps running while the module's later tests run, on the same database. It must not poll: in its production
 * profile it refuses loopback feeds, so it would claim the feeds other tests serve on 127.0.0.1 and record them as
 * failed (RestartMidPollIT timed out that way in CI). Nor does it seed the public default feeds it cannot reach here.
 */
@QuarkusIntegrationTest
@TestProfile(ArticleBadInputIT.WithAdminToken.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ArticleBadInputIT extends ArticleBadInputTest {

    public static class WithAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.admin.token", "test-admin-token",
                    "entente.ingest.seed-default-feeds", "false",
                    "entente.ingest.scheduler.initial-delay", "24h");
        }

        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }
}
