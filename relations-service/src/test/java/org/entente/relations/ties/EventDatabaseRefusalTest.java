package org.entente.relations.ties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A record the database refuses costs that record only: it goes to {@code events-dlq} with the
 * database's reason, the other records of its batch are applied once, and the consumer goes on. The
 * record is the one that once stopped the service: a pair's event dated 9999, then a normal
 * event of the same pair, whose exact sum PostgreSQL refuses ("invalid scale in numeric value").
 * The event-time window (which refuses 9999 up front) is opened wide here so the database sees it.
 */
@QuarkusTest
@TestProfile(EventDatabaseRefusalTest.WideEventWindow.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EventDatabaseRefusalTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int PARTITIONS = 3;

    /** Lets events of any year through the reader, as before the event-time window existed. */
    public static class WideEventWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.relations.events.max-age", "P100000Y",
                    "entente.relations.events.max-ahead", "P36500000D");
        }
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAndTheConsumerGoesOn() {
        try (EventTraffic traffic = new EventTraffic()) {
            sendAndCheck(traffic);
        }
    }

    private void sendAndCheck(EventTraffic traffic) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String key = "BHS|BLZ";
        String refused = EventTraffic.newId();
        String before = EventTraffic.newId();
        String after = EventTraffic.newId();
        String samePartition = samePartitionKeyAs(key);
        // One pair's 9999 event, then a normal one of the same pair; events of another pair on the same
        // partition around them, in the same poll as far as the broker allows.
        traffic.sendAsync(samePartition, event(before, samePartition, now.minus(1, ChronoUnit.HOURS)));
        traffic.sendAsync(key, event(EventTraffic.newId(), key, Instant.parse("9999-06-01T00:00:00Z")));
        traffic.sendAsync(key, event(refused, key, now.minus(2, ChronoUnit.HOURS)));
        traffic.sendAsync(samePartition, event(after, samePartition, now.minus(30, ChronoUnit.MINUTES)));

        String[] codes = samePartition.split("\\|");
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/" + codes[0] + "/" + codes[1])
                .then().statusCode(200).body("eventCount", equalTo(2)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadLetter(traffic, refused)).isNotNull());
        assertThat(EventTraffic.header(deadLetter(traffic, refused), "dead-letter-reason"))
                .contains("database refused").contains("scale");

        // The consumer of that partition is alive: a later event is applied, exactly once.
        String later = EventTraffic.newId();
        traffic.send(samePartition, event(later, samePartition, now.minus(10, ChronoUnit.MINUTES)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/ties/" + codes[0] + "/" + codes[1])
                .then().statusCode(200).body("eventCount", equalTo(3)));
        given().get("/q/health/live").then().statusCode(200);
    }

    private static ConsumerRecord<String, String> deadLetter(EventTraffic traffic, String id) {
        List<ConsumerRecord<String, String>> dead = traffic.deadLetters(Duration.ofSeconds(2));
        return dead.stream().filter(r -> r.value() != null && r.value().contains(id)).findFirst().orElse(null);
    }

    /** Another pair whose key the default partitioner puts on the same partition as {@code key}. */
    private static String samePartitionKeyAs(String key) {
        int partition = partition(key);
        for (String candidate : List.of("BRB|GUY", "BRB|JAM", "GUY|JAM", "GUY|TTO", "JAM|TTO", "BRB|TTO",
                "BHS|JAM", "BHS|TTO", "BLZ|GUY", "BLZ|JAM")) {
            if (partition(candidate) == partition) {
                return candidate;
            }
        }
        throw new IllegalStateException("no candidate pair on partition " + partition);
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static String event(String id, String key, Instant at) {
        String[] codes = key.split("\\|");
        return EventTraffic.event(id, codes[0], codes[1], "CONSULT", null, "asserted", at);
    }
}
