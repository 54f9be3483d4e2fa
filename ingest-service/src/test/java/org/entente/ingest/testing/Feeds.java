package org.entente.ingest.testing;

import static org.entente.ingest.testing.AdminClient.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The feed registry as a client sees it, through the REST API. */
public final class Feeds {

    private Feeds() {
    }

    public static String register(String url, int pollSeconds) {
        return given().contentType(ContentType.JSON).body(Map.of("url", url, "pollSeconds", pollSeconds))
                .post("/api/v1/feeds").then().statusCode(201).extract().path("id");
    }

    public static JsonPath get(String id) {
        return given().get("/api/v1/feeds/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static void delete(String id) {
        given().delete("/api/v1/feeds/" + id).then().statusCode(204);
    }
}
