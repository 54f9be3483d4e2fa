package org.entente.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.entente.ingest.testing.ArticlesTopic;
import org.entente.testinfra.EntenteInfrastructure;
import org.entente.testinfra.InjectionEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * {@code POST /api/v1/articles} with bodies that are not articles: each is a 4xx problem+json with status,
 * title and detail, nothing reaches the topic, and a valid article right after is published. Hostile strings
 * in the free-text fields are forwarded as data.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ArticleBadInputTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOKEN = IngestInjectionTest.TOKEN;
    private ArticlesTopic topic;
    private static String prefix;

    @BeforeEach
    void connect() {
        topic = new ArticlesTopic();
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    static Stream<Arguments> badBodies() {
        prefix = "https://news.example.org/" + UUID.randomUUID() + "/";
        byte[] broken = ("{\"url\": \"" + prefix + "broken\", \"text\": \"Caf\u00e9 talks\"}")
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.ISO_8859_1).indexOf("Caf") + 4; // the second byte of é
        broken[at] = (byte) 0x28;
        return Stream.of(
                Arguments.of("invalid UTF-8", "application/json", broken),
                Arguments.of("not JSON", "application/json", bytes("{\"url\": ")),
                Arguments.of("JSON null", "application/json", bytes("null")),
                Arguments.of("a JSON string", "application/json", bytes("\"" + prefix + "string\"")),
                Arguments.of("an empty array", "application/json", bytes("[]")),
                Arguments.of("an array of numbers", "application/json", bytes("[1, 2]")),
                Arguments.of("an empty body", "application/json", new byte[0]),
                Arguments.of("text is an object", "application/json",
                        bytes("{\"url\": \"" + prefix + "object\", \"text\": {\"a\": 1}}")),
                Arguments.of("publishedAt is not a time", "application/json",
                        bytes("{\"url\": \"" + prefix + "time\", \"text\": \"x\", \"publishedAt\": \"' OR 1=1--\"}")),
                // dates outside the window (30 years back to 1 day ahead) are refused
                Arguments.of("publishedAt in year 9999", "application/json", dated(prefix + "y9999", "9999-12-31T23:59:59Z")),
                Arguments.of("publishedAt before 1582", "application/json", dated(prefix + "y1200", "1200-01-01T00:00:00Z")),
                Arguments.of("publishedAt at the start of Instant", "application/json",
                        dated(prefix + "min", "-1000000000-01-01T00:00:00Z")),
                Arguments.of("publishedAt at the end of Instant", "application/json",
                        dated(prefix + "max", "+1000000000-12-31T23:59:59Z")),
                Arguments.of("publishedAt beyond Instant", "application/json",
                        dated(prefix + "beyond", "+1000000001-01-01T00:00:00Z")),
                // a title or language of megabytes made a record over the broker's limit: 503 on every retry
                Arguments.of("a title over the limit", "application/json", bytes("{\"url\": \"" + prefix
                        + "title\", \"text\": \"x\", \"title\": \"" + "T".repeat(1_100_000) + "\"}")),
                Arguments.of("a language over 35 characters", "application/json", bytes("{\"url\": \"" + prefix
                        + "lang\", \"text\": \"x\", \"language\": \"" + "en-".repeat(40) + "\"}")),
                Arguments.of("a javascript: URL", "application/json",
                        bytes("{\"url\": \"javascript:alert(1)\", \"text\": \"x\"}")),
                Arguments.of("a URL over 4,096 characters", "application/json",
                        bytes("{\"url\": \"" + prefix + "a".repeat(5_000) + "\", \"text\": \"x\"}")),
                Arguments.of("an oversized text", "application/json",
                        bytes("{\"url\": \"" + prefix + "big\", \"text\": \"" + "x".repeat(200_001) + "\"}")),
                Arguments.of("XML instead of JSON", "application/xml", bytes("<article><url>x</url></article>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyIsAProblemAndAValidArticleAfterItIsPublished(String name, String contentType, byte[] body) {
        Response answer = given().header("Authorization", TOKEN).contentType(contentType).body(body)
                .post("/api/v1/articles");
        InjectionEndpoint.assertProblem(name, answer);
        String good = prefix + "good-" + UUID.randomUUID();
        given().header("Authorization", TOKEN).contentType("application/json")
                .body(Map.of("url", good, "text", "A valid article after " + name + "."))
                .post("/api/v1/articles").then().statusCode(202);
        await().atMost(WAIT).until(() -> !topic.withUrlPrefix(good).isEmpty());
        assertThat(topic.withUrlPrefix(prefix)).as("only the valid articles reached the topic")
                .allMatch(r -> r.value().path("canonicalUrl").asText().contains("/good-"));
    }

    @Test
    void hostileStringsInTitleAndTextAreForwardedAsData() {
        String own = "https://news.example.org/" + UUID.randomUUID() + "/";
        Map<String, String> hostile = Map.of(
                "sql", "' OR 1=1-- '; DROP TABLE ingest.seen_article;--",
                "rtl", "\u202Eright-to-left \u2066override\u2069",
                "nul", "before\u0000after",
                "jndi", "${jndi:ldap://127.0.0.1/x}");
        hostile.forEach((key, value) -> given().header("Authorization", TOKEN).contentType("application/json")
                .body(Map.of("url", own + key, "title", value, "text", value + " in a text"))
                .post("/api/v1/articles").then().statusCode(202));
        await().atMost(WAIT).until(() -> topic.withUrlPrefix(own).size() == hostile.size());
        for (var record : topic.withUrlPrefix(own)) {
            String key = record.value().path("canonicalUrl").asText().substring(own.length());
            String title = record.value().path("title").asText();
            assertThat(title).as(key).doesNotContain("\u0000");
            if (!key.equals("nul")) {
                assertThat(title).as(key).isEqualTo(hostile.get(key));
            }
        }
    }

    /** The refusal names the field and the window, for one article and for one article of a batch. */
    @Test
    void aPublishedAtOutsideTheWindowIsRefusedNamingTheFieldAndTheWindow() {
        String own = "https://news.example.org/" + UUID.randomUUID() + "/";
        Response one = given().header("Authorization", TOKEN).contentType("application/json")
                .body(dated(own + "future", "9999-12-31T23:59:59Z")).post("/api/v1/articles");
        InjectionEndpoint.assertProblem("year 9999", one);
        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(one.jsonPath().getString("title")).contains("publishedAt").contains("9999-12-31T23:59:59Z")
                .containsPattern("from \\d{4}-\\d\\d-\\d\\dT.* to \\d{4}-");
        assertThat(one.jsonPath().getString("detail")).contains("published-at-max-past");
        Response batch = given().header("Authorization", TOKEN).contentType("application/json")
                .body("[" + new String(dated(own + "fine", "2026-11-20T08:00:00Z"), StandardCharsets.UTF_8) + ","
                        + new String(dated(own + "old", "1200-01-01T00:00:00Z"), StandardCharsets.UTF_8) + "]")
                .post("/api/v1/articles");
        assertThat(batch.statusCode()).isEqualTo(400);
        assertThat(batch.jsonPath().getString("title")).startsWith("article 1: publishedAt");
        assertThat(topic.withUrlPrefix(own)).as("nothing of the refused requests was published").isEmpty();
    }

    private static byte[] dated(String url, String publishedAt) {
        return bytes("{\"url\": \"" + url + "\", \"text\": \"Egypt and Jordan signed a trade agreement (" + url + ").\", "
                + "\"publishedAt\": \"" + publishedAt + "\"}");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
