package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.ingest.testing.AdminClient.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Seeding on: the listed feeds are registered once; unreachable ones fail, say why, and the service runs on. */
@QuarkusTest
@TestProfile(DefaultFeedSeedingTest.SeedingOn.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DefaultFeedSeedingTest {

    public static class SeedingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.ingest.seed-default-feeds", "true",
                    "entente.ingest.seed-file", "src/test/resources/test-seed-feeds.json");
        }
    }

    @Inject
    DefaultFeedSeeder seeder;

    @Test
    void registersTheSeedFeedsOnceAndReportsTheirFailures() {
        await().atMost(Duration.ofSeconds(60)).until(() -> seeded().stream()
                .allMatch(f -> f.get("lastError") != null));
        List<Map<String, Object>> feeds = seeded();
        assertThat(feeds).extracting(f -> f.get("title"))
                .containsExactlyInAnyOrder("Unreachable seed one", "Unreachable seed two");
        assertThat(feeds).extracting(f -> f.get("pollSeconds")).containsExactlyInAnyOrder(300, 900);
        assertThat(feeds).allSatisfy(f -> assertThat((String) f.get("lastError")).contains("Connection refused"));

        // a deleted default does not come back when the seeder runs again (as at the next start)
        String one = (String) feeds.stream().filter(f -> "Unreachable seed one".equals(f.get("title")))
                .findFirst().orElseThrow().get("id");
        given().delete("/api/v1/feeds/" + one).then().statusCode(204);
        seeder.seed();
        assertThat(seeded()).hasSize(1);
        given().delete("/api/v1/feeds/" + seeded().get(0).get("id")).then().statusCode(204);
        given().get("/q/health/live").then().statusCode(200);
    }

    private static List<Map<String, Object>> seeded() {
        JsonPath all = given().get("/api/v1/feeds").then().statusCode(200).extract().jsonPath();
        return all.<Map<String, Object>> getList("").stream()
                .filter(f -> String.valueOf(f.get("url")).startsWith("http://127.0.0.1:9/seed-")).toList();
    }
}
