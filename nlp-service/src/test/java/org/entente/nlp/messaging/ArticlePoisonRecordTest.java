package org.entente.nlp.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.testinfra.RawRecords.concat;
import static org.entente.testinfra.RawRecords.text;
import static org.entente.testinfra.RawRecords.utf8;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.nlp.domain.Topics;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of bad record on {@code articles} (real broker): it lands on {@code articles-dlq} with a
 * {@code dead-letter-reason} a person can act on, and the good article sent right after it on the same
 * partition still becomes events. Add a row to {@link #poison()} for a new kind of bad input.
 */
@QuarkusTest
@QuarkusTestResource(EntenteInfrastructure.class)
class ArticlePoisonRecordTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String SAU_IRN = "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations "
            + "after years of hostility, officials in Riyadh said.";
    private static PoisonArticles kafka;

    @BeforeAll
    static void connect() {
        kafka = new PoisonArticles();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    static String article(String id, String text) {
        return """
                {"schemaVersion": 1, "id": "%s", "canonicalUrl": "https://news.example.org/%s", "feedId": null,
                 "title": "Poison test %s", "publishedAt": "2026-11-20T08:00:00Z", "fetchedAt": "2026-11-20T08:00:04Z",
                 "language": "en", "text": "%s", "contentFingerprint": "00"}""".formatted(id, id, id, text);
    }

    static Stream<Arguments> poison() {
        String valid = article("a-valid", SAU_IRN);
        return Stream.of(
                Arguments.of("not JSON", utf8("{\"schemaVersion\": 1, \"id\": "), "not a valid Article v1"),
                Arguments.of("a JSON array", utf8("[1, 2, 3]"), "not a valid Article v1"),
                Arguments.of("a JSON number", utf8("42"), "not a valid Article v1"),
                Arguments.of("JSON null", utf8("null"), "JSON null"),
                Arguments.of("no id", utf8(valid.replace("\"id\": \"a-valid\",", "")), "no 'id'"),
                Arguments.of("no canonicalUrl",
                        utf8(valid.replace("\"canonicalUrl\": \"https://news.example.org/a-valid\",", "")),
                        "no 'canonicalUrl'"),
                Arguments.of("no schemaVersion", utf8(valid.replace("\"schemaVersion\": 1,", "")), "no 'schemaVersion'"),
                Arguments.of("no time at all", utf8(valid.replace("\"publishedAt\": \"2026-11-20T08:00:00Z\",", "")
                        .replace("\"fetchedAt\": \"2026-11-20T08:00:04Z\",", "")), "no 'fetchedAt'"),
                Arguments.of("schemaVersion is a word",
                        utf8(valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"one\"")),
                        "not a valid Article v1"),
                Arguments.of("publishedAt is not a time", utf8(valid.replace("2026-11-20T08:00:00Z", "last Friday")),
                        "not a valid Article v1"),
                Arguments.of("text is an object", utf8(valid.replace("\"text\": \"", "\"text\": {\"a\": \"")
                        .replace("said.\",", "said.\"},")), "not a valid Article v1"),
                Arguments.of("invalid UTF-8 outside strings", concat(new byte[] { (byte) 0xC0, (byte) 0xAF }, utf8(valid)),
                        "not valid UTF-8"),
                Arguments.of("invalid UTF-8 inside the text", brokenInsideText(), "not valid UTF-8"),
                Arguments.of("an empty value", new byte[0], "no value"),
                Arguments.of("a tombstone (null value)", null, "no value"),
                Arguments.of("an empty text", utf8(article("a-empty", "")), "empty"),
                Arguments.of("a text that is only markup", utf8(article("a-markup", "<p><br/></p><script>x()</script>")),
                        "only markup"),
                Arguments.of("an id longer than 64 characters", utf8(article("9".repeat(65), SAU_IRN)),
                        "the article id"),
                Arguments.of("an id with a NUL character", utf8(article("abc\\u0000def", SAU_IRN)), "the article id"),
                Arguments.of("schemaVersion 2", utf8(valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")),
                        "schemaVersion 2 is not supported"),
                Arguments.of("publishedAt in year 9999", utf8(valid.replace("2026-11-20T08:00:00Z", "9999-12-31T00:00:00Z")),
                        "is outside the accepted window"),
                Arguments.of("publishedAt in year 1200", utf8(valid.replace("2026-11-20T08:00:00Z", "1200-01-01T00:00:00Z")),
                        "is outside the accepted window"),
                Arguments.of("no publishedAt and fetchedAt at the end of Instant", utf8(valid
                        .replace("\"publishedAt\": \"2026-11-20T08:00:00Z\",", "")
                        .replace("2026-11-20T08:00:04Z", "+1000000000-12-31T23:59:59Z")), "is outside the accepted window"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poison")
    void aPoisonRecordIsDeadLetteredWithAReasonAndTheNextArticleIsProcessed(String name, byte[] value,
            String reason) {
        String key = "poison-" + UUID.randomUUID();
        String next = newId();
        kafka.sendPair(key, value, article(next, SAU_IRN));

        await().atMost(PATIENCE).until(() -> kafka.deadLetter(key) != null);
        ConsumerRecord<String, byte[]> dead = kafka.deadLetter(key);
        assertThat(PoisonArticles.header(dead, "dead-letter-reason")).as(name).contains(reason);
        assertThat(PoisonArticles.header(dead, "dead-letter-topic")).isEqualTo(Topics.ARTICLES);
        assertThat(text(dead.value())).as("the original value is kept").isEqualTo(text(value));
        await().atMost(PATIENCE).until(() -> kafka.hasEventOf(next));
    }

    @Test
    void anOversizedArticleIsCutExtractedAndCounted() {
        String id = newId();
        String filler = "Markets were calm and trading was light in the region on the day. ";
        String huge = SAU_IRN + " " + filler.repeat(600_000 / filler.length()); // ~600 KB, the cap is 2,000 in %test
        double truncatedBefore = truncatedTotal();
        String next = newId();
        kafka.sendPair("oversized-" + id, utf8(article(id, huge)), article(next, SAU_IRN));
        await().atMost(PATIENCE).until(() -> kafka.hasEventOf(id));
        await().atMost(PATIENCE).until(() -> kafka.hasEventOf(next));
        assertThat(truncatedTotal()).isGreaterThan(truncatedBefore);
    }

    /** Valid JSON whose text holds a three-byte lead followed by ASCII: a decoder that replaces would hide it. */
    private static byte[] brokenInsideText() {
        byte[] broken = utf8(article("a-broken-utf8", SAU_IRN.replace("after years", "after @@ years")));
        int at = new String(broken, StandardCharsets.ISO_8859_1).indexOf("@@");
        broken[at] = (byte) 0xE2;
        broken[at + 1] = (byte) 0x41;
        return broken;
    }

    private static double truncatedTotal() {
        return given().get("/q/metrics").asString().lines()
                .filter(l -> l.startsWith("entente_nlp_texts_truncated_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
