package org.entente.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.ingest.testing.AdminClient.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.ingest.service.ArticleIdentity;
import org.entente.ingest.testing.ArticlesTopic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ArticleResourceTest {

    private final String base = "https://push-" + UUID.randomUUID() + ".example.org/";

    private static Map<String, Object> article(String url, String text) {
        return Map.of("url", url, "title", "Title of " + url, "text", text, "publishedAt", "2026-11-21T08:00:00Z",
                "language", "en");
    }

    @Test
    void publishesOneArticleAndCallsTheSecondPushADuplicate() {
        String url = base + "saudi-iran";
        String id = ArticleIdentity.articleId(url);
        try (ArticlesTopic topic = new ArticlesTopic()) {
            given().contentType(ContentType.JSON).body(article(url, "<p>Saudi Arabia and Iran agreed.</p>"))
                    .post("/api/v1/articles")
                    .then().statusCode(202)
                    .body("accepted", equalTo(1)).body("duplicates", equalTo(0))
                    .body("articles[0].id", equalTo(id)).body("articles[0].status", equalTo("published"));
            given().contentType(ContentType.JSON).body(article(url + "/?utm_source=x", "other text"))
                    .post("/api/v1/articles")
                    .then().statusCode(202)
                    .body("accepted", equalTo(0)).body("duplicates", equalTo(1))
                    .body("articles[0].status", equalTo("duplicate"));

            await().atMost(Duration.ofSeconds(20)).until(() -> topic.withUrlPrefix(base).size() == 1);
            ArticlesTopic.Received r = topic.withUrlPrefix(base).get(0);
            assertThat(r.key()).isEqualTo(id);
            assertThat(r.value().get("feedId").isNull()).isTrue();
            assertThat(r.value().get("text").asText()).isEqualTo("Saudi Arabia and Iran agreed.");
        }
    }

    @Test
    void takesABatchAndDropsRepublishedTextUnderANewUrl() {
        List<Map<String, Object>> batch = List.of(
                article(base + "a", "Egypt and Jordan signed a trade deal."),
                article(base + "b", "Japan and India held consultations."),
                article(base + "a-copy", "  EGYPT and Jordan signed   a trade deal. "));
        given().contentType(ContentType.JSON).body(batch).post("/api/v1/articles")
                .then().statusCode(202)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(1)).body("articles", hasSize(3))
                .body("articles[2].status", equalTo("duplicate"));
    }

    @Test
    void refusesBadInputWithProblemDetails() {
        expectProblem(Map.of("text", "no url"), 400, "url is required");
        expectProblem(Map.of("url", base + "x"), 400, "text is required");
        expectProblem(Map.of("url", "ftp://example.org/x", "text", "t"), 400, "not an absolute http(s) URL");
        expectProblem(Map.of("url", base + "big", "text", "x".repeat(200_001)), 413, "more than the limit");
        expectProblem(List.of(), 400, "the batch is empty");
        expectProblem(List.of(article(base + "ok", "fine"), Map.of("url", base + "bad")), 400, "article 1: text");
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void expectProblem(Object body, int status, String title) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/articles")
                .then().statusCode(status).contentType("application/problem+json")
                .body("title", containsString(title)).body("status", equalTo(status));
    }
}
