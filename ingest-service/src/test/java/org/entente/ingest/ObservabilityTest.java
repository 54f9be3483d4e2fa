package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.ingest.testing.AdminClient.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ObservabilityTest {

    @Test
    void readinessReflectsKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "Kafka connection health check", "SmallRye Reactive Messaging - readiness check"));
    }

    private static final String PUSHED = "entente_ingest_articles_published_total{feed=\"none\",source=\"push\"}";

    @Test
    void metricsCountPublishedArticles() {
        double before = metric(PUSHED);
        String url = "https://metrics-" + UUID.randomUUID() + ".example.org/a";
        given().contentType(ContentType.JSON).body(Map.of("url", url, "text", "Some text."))
                .post("/api/v1/articles").then().statusCode(202);
        // other tests of this JVM push too, but none in between: the counter moves by exactly this article
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(metric(PUSHED)).isEqualTo(before + 1));
        given().contentType(ContentType.JSON).body(Map.of("url", url, "text", "Some text."))
                .post("/api/v1/articles").then().statusCode(202).body("duplicates", equalTo(1));
        assertThat(metric(PUSHED)).as("a duplicate is not published again").isEqualTo(before + 1);
    }

    /** The value of one sample on /q/metrics; 0 while the series does not exist yet. */
    private static double metric(String series) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The hostile drill and operators' dashboards read these two JVM series; a binder turned off would leave them blind. */
    @Test
    void heapSeriesTheDrillsReadAreExposed() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(text).containsPattern("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"")
                .containsPattern("(?m)^jvm_gc_live_data_size_bytes ");
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("Register a feed"))
                .body(containsString("Publish one article or a batch"))
                .body(containsString("/api/v1/feeds/{id}/pause"));
    }
}
