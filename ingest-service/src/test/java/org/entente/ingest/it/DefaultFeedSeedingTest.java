package org.entente.ingest.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The seeder runs at start against the real database, as it does under {@code ./entente up}. The other
 * tests switch seeding off, which once hid a start-up crash (its native SQL missed the schema).
 */
@QuarkusTest
@TestProfile(DefaultFeedSeedingTest.SeedingOn.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DefaultFeedSeedingTest {

    // Port 9 (discard) on loopback: the seeded feeds fail fast instead of reaching out to the internet.
    static final String FIRST = "http://127.0.0.1:9/seeded-world.xml";
    static final String SECOND = "http://127.0.0.1:9/seeded-diplomacy.xml";

    public static class SeedingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path seed = Files.createTempFile("entente-seed-", ".json");
                Files.writeString(seed, "[{\"title\": \"World\", \"url\": \"" + FIRST + "\"},"
                        + " {\"title\": \"Diplomacy\", \"url\": \"" + SECOND + "\", \"pollSeconds\": 900}]");
                return Map.of("entente.ingest.seed-default-feeds", "true", "entente.ingest.seed-file", seed.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void registersTheDefaultFeedsAtStart() {
        given().get("/api/v1/feeds").then().statusCode(200).body("url", hasItems(FIRST, SECOND));
    }
}
