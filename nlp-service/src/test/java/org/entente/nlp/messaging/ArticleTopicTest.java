package org.entente.nlp.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.entente.contracts.MessageSchema;
import org.entente.nlp.domain.EventId;
import org.entente.nlp.domain.EvidencePart;
import org.entente.nlp.domain.Topics;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The topic path against the real broker: articles in, events and dead letters out. */
@QuarkusTest
@QuarkusTestResource(EntenteInfrastructure.class)
class ArticleTopicTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PUBLISHED = "2026-11-20T08:00:00Z";
    private static final String SAU_IRN = "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations "
            + "after years of hostility, officials in Riyadh said.";

    @Inject
    ObjectMapper json;

    private TopicClient kafka;

    @BeforeEach
    void connect() {
        kafka = new TopicClient();
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private String article(String id, int schemaVersion, String text) throws Exception {
        var node = json.createObjectNode()
                .put("schemaVersion", schemaVersion).put("id", id)
                .put("canonicalUrl", "https://news.example.org/" + id).putNull("feedId")
                .put("title", "Test article " + id).put("publishedAt", PUBLISHED)
                .put("fetchedAt", "2026-11-20T08:00:04Z").put("language", "en").put("text", text)
                .put("contentFingerprint", "00");
        return json.writeValueAsString(node);
    }

    private String article(String id, String title, String text) throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(article(id, 1, text));
        return json.writeValueAsString(node.put("title", title));
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void anArticleBecomesKeyedEventsWithTheContractFields() throws Exception {
        KafkaConsumer<String, String> events = kafka.subscribe(Topics.EVENTS);
        String id = newId();
        String text = "Oil prices rose on Thursday. " + SAU_IRN;
        kafka.send(Topics.ARTICLES, id, article(id, 1, text));

        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            for (ConsumerRecord<String, String> record : TopicClient.poll(events)) {
                if (json.readTree(record.value()).path("articleId").asText().equals(id)) {
                    mine.add(record);
                }
            }
            return !mine.isEmpty();
        });

        ConsumerRecord<String, String> record = mine.get(0);
        mine.forEach(r -> MessageSchema.EVENT.requireValid(r.value()));
        JsonNode event = json.readTree(record.value());
        assertThat(record.key()).isEqualTo("IRN|SAU");
        assertThat(event.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.path("type").asText()).isEqualTo("AGREE");
        assertThat(Set.of(event.path("source").asText(), event.path("target").asText())).containsExactlyInAnyOrder(
                "SAU", "IRN");
        assertThat(event.path("sentenceIndex").asInt()).isEqualTo(1);
        assertThat(event.path("evidencePart").asText()).isEqualTo("text");
        assertThat(event.path("sentence").asText()).isEqualTo(text.substring(
                event.path("sentenceStart").asInt(), event.path("sentenceEnd").asInt())).startsWith("Saudi Arabia");
        assertThat(event.path("id").asText()).isEqualTo(EventId.of(id, 1, "AGREE",
                event.path("source").asText(), event.path("target").asText()));
        assertThat(event.path("articleUrl").asText()).isEqualTo("https://news.example.org/" + id);
        assertThat(event.path("eventTime").asText()).isEqualTo(PUBLISHED);
        assertThat(event.path("modality").asText()).isEqualTo("asserted");
        assertThat(event.path("cameoCode").asText()).isEqualTo("03");
        assertThat(event.path("extractorVersion").asText()).startsWith("nlp-service/");
    }

    @Test
    void aHeadlineOnlyArticleBecomesEventsWhoseEvidenceIsTheHeadline() throws Exception {
        KafkaConsumer<String, String> events = kafka.subscribe(Topics.EVENTS);
        String id = newId();
        String headline = "Turkey signs defense pact with Qatar";
        kafka.send(Topics.ARTICLES, id, article(id, headline, headline));

        List<JsonNode> mine = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            for (ConsumerRecord<String, String> record : TopicClient.poll(events)) {
                if (json.readTree(record.value()).path("articleId").asText().equals(id)) {
                    MessageSchema.EVENT.requireValid(record.value());
                    mine.add(json.readTree(record.value()));
                }
            }
            return !mine.isEmpty();
        });

        JsonNode event = mine.get(0);
        assertThat(event.path("evidencePart").asText()).isEqualTo("title");
        assertThat(event.path("type").asText()).isEqualTo("AGREE");
        assertThat(event.path("sentence").asText()).isEqualTo(headline.substring(event.path("sentenceStart").asInt(),
                event.path("sentenceEnd").asInt())).isEqualTo(headline);
        assertThat(event.path("id").asText()).isEqualTo(EventId.of(id, EvidencePart.TITLE, 0, "AGREE",
                event.path("source").asText(), event.path("target").asText()));
        assertThat(event.path("eventTime").asText()).isEqualTo(PUBLISHED);
    }

    @Test
    void aHeadlineAndALedeTellingOneEventSendItOnceAndAHeadlinesOwnEventToo() throws Exception {
        KafkaConsumer<String, String> events = kafka.subscribe(Topics.EVENTS);
        String same = newId();
        String other = newId();
        kafka.send(Topics.ARTICLES, same, article(same, "Saudi Arabia and Iran agree to restore diplomatic relations",
                SAU_IRN));
        kafka.send(Topics.ARTICLES, other, article(other, "Turkey signs defense pact with Qatar", SAU_IRN));

        List<JsonNode> mine = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            for (ConsumerRecord<String, String> record : TopicClient.poll(events)) {
                String articleId = json.readTree(record.value()).path("articleId").asText();
                if (articleId.equals(same) || articleId.equals(other)) {
                    MessageSchema.EVENT.requireValid(record.value());
                    mine.add(json.readTree(record.value()));
                }
            }
            // an article's events go out together, the headline's first, and one pair's on one partition in order:
            // once the text's AGREE is read, a headline's AGREE of that pair would have been read before it
            return told(mine, same).contains("text AGREE") && told(mine, other).contains("text AGREE")
                    && told(mine, other).contains("title AGREE");
        });

        // one AGREE of the pair for the first article, from its text: the headline's would move the tie twice
        assertThat(told(mine, same)).filteredOn(e -> e.endsWith("AGREE")).containsExactly("text AGREE");
    }

    private static List<String> told(List<JsonNode> events, String articleId) {
        return events.stream().filter(e -> e.path("articleId").asText().equals(articleId))
                .map(e -> e.path("evidencePart").asText() + " " + e.path("type").asText()).toList();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithAReasonAndTheConsumerGoesOn() throws Exception {
        KafkaConsumer<String, String> deadLetters = kafka.subscribe(Topics.ARTICLES_DLQ);
        KafkaConsumer<String, String> events = kafka.subscribe(Topics.EVENTS);
        String malformed = newId();
        String futureVersion = newId();
        String good = newId();
        kafka.send(Topics.ARTICLES, malformed, "{\"schemaVersion\": 1, \"id\": ");
        kafka.send(Topics.ARTICLES, futureVersion, article(futureVersion, 2, SAU_IRN));
        kafka.send(Topics.ARTICLES, good, article(good, 1, SAU_IRN));

        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            TopicClient.poll(deadLetters).stream()
                    .filter(r -> r.key().equals(malformed) || r.key().equals(futureVersion)).forEach(dead::add);
            return dead.size() == 2;
        });
        dead.forEach(r -> MessageSchema.DEAD_LETTER_HEADERS.requireValid(headers(r)));
        assertThat(reason(dead, malformed)).contains("not a valid Article v1 JSON object");
        assertThat(reason(dead, futureVersion)).contains("schemaVersion 2 is not supported");
        assertThat(dead).filteredOn(r -> r.key().equals(malformed)).first()
                .extracting(ConsumerRecord::value).isEqualTo("{\"schemaVersion\": 1, \"id\": ");

        await().atMost(PATIENCE).until(() -> TopicClient.poll(events).stream()
                .anyMatch(r -> r.value().contains(good)));
    }

    @Test
    void nonEnglishArticlesAreSkippedAndCounted() throws Exception {
        String id = newId();
        kafka.send(Topics.ARTICLES, id, article(id, 1, "L'Arabie saoudite et l'Iran ont convenu vendredi de "
                + "rétablir leurs relations diplomatiques après des années d'hostilité, dans le cadre d'un accord "
                + "négocié par la Chine et annoncé après quatre jours de pourparlers à Pékin."));
        await().atMost(PATIENCE).until(() -> given().get("/q/metrics").asString()
                .contains("entente_nlp_articles_skipped_total{reason=\"not_english\"}"));
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }

    private static String reason(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).findFirst()
                .map(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .orElseThrow();
    }
}
