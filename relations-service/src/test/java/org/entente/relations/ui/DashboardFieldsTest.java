package org.entente.relations.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard reads only fields the API really returns: every field listed in src/test/js/api-fields.json
 * (the fields the scripts under META-INF/resources/js read) is looked up in the served OpenAPI document. A field the
 * scripts guessed (an edge's {@code weight}, a node's {@code label}) fails here.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DashboardFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFieldTheDashboardReadsIsInTheOpenApiDocument() throws IOException {
        JsonNode fields = JSON.readTree(Path.of("src/test/js/api-fields.json").toFile());
        JsonNode doc = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> endpoint = it.next();
            if (endpoint.getKey().equals("comment")) {
                continue;
            }
            JsonNode answer = doc.path("paths").path(endpoint.getKey()).path("get").path("responses").path("200")
                    .path("content").path("application/json").path("schema");
            for (JsonNode field : endpoint.getValue()) {
                checked++;
                if (resolve(doc, answer, field.asText()).isMissingNode()) {
                    missing.add(endpoint.getKey() + " " + field.asText());
                }
            }
        }
        assertThat(checked).as("fields listed").isGreaterThan(40);
        assertThat(missing).as("fields the dashboard reads that the API does not return").isEmpty();
    }

    /** The schema of the field at path ("a[].b"), or a missing node. */
    private static JsonNode resolve(JsonNode doc, JsonNode schema, String path) {
        JsonNode current = deref(doc, schema);
        for (String step : path.split("\\.")) {
            boolean each = step.endsWith("[]");
            String name = each ? step.substring(0, step.length() - 2) : step;
            if (!name.isEmpty()) {
                current = deref(doc, current.path("properties").path(name));
            }
            if (each) {
                current = deref(doc, current.path("items"));
            }
            if (current.isMissingNode()) {
                return current;
            }
        }
        return current;
    }

    private static JsonNode deref(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        while (true) {
            if (current.has("$ref")) {
                current = doc.at(current.get("$ref").asText().substring(1)); // "#/components/schemas/X"
            } else if (current.has("allOf")) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
    }
}
