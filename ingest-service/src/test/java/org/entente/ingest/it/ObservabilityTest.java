package org.entente.ingest.it;

import static org.entente.ingest.testing.AdminClient.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ObservabilityTest {

    @Test
    void readinessReflectsKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "Kafka connection health check", "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void metricsCountPublishedArticles() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://metrics-" + UUID.randomUUID() + ".example.org/a", "text", "Some text."))
                .post("/api/v1/articles").then().statusCode(202);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("entente_ingest_articles_published_total{feed=\"none\",source=\"push\"}"));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("Register a feed"))
                .body(containsString("Publish one article or a batch"))
                .body(containsString("/api/v1/feeds/{id}/pause"));
    }
}
