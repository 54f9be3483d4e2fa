package org.entente.nlp.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.testinfra.RawRecords.utf8;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * One 100,000-character article of one repeated sentence gave 3,125 events, overflowed
 * the emitter and failed the consumer channel for good (the article after it was never read). With the
 * shipped text cap (the %test cap of 2,000 characters would hide it), the repeated sentence counts once
 * and the next article on the same partition still becomes events.
 */
@QuarkusTest
@TestProfile(LongArticleTest.ShippedTextCap.class)
@QuarkusTestResource(EntenteInfrastructure.class)
class LongArticleTest {

    /** The shipped cap, so the whole 100,000 characters reach the extractor. */
    public static class ShippedTextCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.nlp.max-text-chars", "100000");
        }
    }

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String REPEATED = "Iran and Iraq signed a treaty. "; // 31 characters
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRepeatedSentenceCountsOnceAndTheConsumerGoesOn() throws Exception {
        try (PoisonArticles kafka = new PoisonArticles()) {
            sendAndCheck(kafka);
        }
    }

    private static void sendAndCheck(PoisonArticles kafka) throws Exception {
        String id = newId();
        String text = REPEATED.repeat(100_000 / REPEATED.length());
        String next = newId();
        kafka.sendPair(id, utf8(ArticlePoisonRecordTest.article(id, text)),
                ArticlePoisonRecordTest.article(next, "Saudi Arabia and Iran agreed on Friday to restore diplomatic "
                        + "relations after years of hostility, officials in Riyadh said."));

        await().atMost(PATIENCE).until(() -> kafka.hasEventOf(next));
        await().atMost(PATIENCE).until(() -> !kafka.eventsOf(id).isEmpty());
        List<String> events = kafka.eventsOf(id);
        for (String event : events) {
            JsonNode node = JSON.readTree(event);
            assertThat(node.path("sentenceIndex").asInt()).as("only the first of the repeated sentences counts")
                    .isZero();
        }
        assertThat(droppedTotal("repeated_sentence")).isGreaterThanOrEqualTo(3_000);
    }

    private static double droppedTotal(String reason) {
        return given().get("/q/metrics").asString().lines()
                .filter(l -> l.startsWith("entente_nlp_events_dropped_total") && l.contains("reason=\"" + reason + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
