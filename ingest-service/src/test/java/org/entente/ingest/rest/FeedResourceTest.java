package org.entente.ingest.rest;

import static org.entente.ingest.testing.AdminClient.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FeedResourceTest {

    // nothing listens on port 9 (discard): polls of these feeds fail fast, which is not what these tests look at
    private final String url = "http://127.0.0.1:9/registry-" + UUID.randomUUID() + ".xml";

    @Test
    void registersListsPausesResumesAndDeletesAFeed() {
        String id = given().contentType(ContentType.JSON).body(Map.of("url", url, "pollSeconds", 600))
                .post("/api/v1/feeds")
                .then().statusCode(201).header("Location", containsString("/api/v1/feeds/"))
                .body("url", equalTo(url)).body("pollSeconds", equalTo(600)).body("status", equalTo("active"))
                .body("itemsSeen", equalTo(0)).body("articlesPublished", equalTo(0))
                .body("duplicatesDropped", equalTo(0)).body("nextPollAt", notNullValue())
                .extract().path("id");

        given().get("/api/v1/feeds").then().statusCode(200).body("id", hasItem(id));
        given().post("/api/v1/feeds/" + id + "/pause").then().statusCode(200).body("status", equalTo("paused"));
        given().post("/api/v1/feeds/" + id + "/resume").then().statusCode(200).body("status", equalTo("active"));
        given().delete("/api/v1/feeds/" + id).then().statusCode(204);
        given().get("/api/v1/feeds/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/feeds/" + id).then().statusCode(404);
    }

    @Test
    void refusesDuplicatesAndBadRequests() {
        String id = given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/v1/feeds")
                .then().statusCode(201).body("pollSeconds", equalTo(300)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/v1/feeds")
                .then().statusCode(409).contentType("application/problem+json").body("title", containsString(id));
        given().contentType(ContentType.JSON).body(Map.of("pollSeconds", 60)).post("/api/v1/feeds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", containsString("url is required"));
        given().contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd")).post("/api/v1/feeds")
                .then().statusCode(400).body("title", containsString("absolute http(s) URL"));
        given().contentType(ContentType.JSON).body(Map.of("url", url + "x", "pollSeconds", 0)).post("/api/v1/feeds")
                .then().statusCode(400).body("title", containsString("pollSeconds must be at least"));
        given().delete("/api/v1/feeds/" + id).then().statusCode(204);
    }
}
