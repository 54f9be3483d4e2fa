package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.relations.testing.AdminClient.given;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.entente.relations.ties.EventTraffic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A real HTTP client on the SSE stream: disconnects, reconnects with Last-Event-ID, misses nothing. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final EventTraffic traffic = new EventTraffic();

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Test
    void aClientThatReconnectsWithLastEventIdMissesNothingAndGetsNothingTwice() throws Exception {
        String ruleId = given().contentType("application/json").body("""
                {"name": "stream test", "severity": "high", "pair": "CYP|MLT", "trigger": "event",
                 "suppress": "PT0S"}""")
                .post("/api/v1/alert-rules").then().statusCode(201).extract().path("id");
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        String[] ids = { EventTraffic.newId(), EventTraffic.newId(), EventTraffic.newId(), EventTraffic.newId() };

        AlertSseClient.Event first;
        try (AlertSseClient client = new AlertSseClient(stream, null)) {
            send(ids[0], at);
            first = nextOf(client, ruleId);
            assertThat(first.name()).isEqualTo("alert");
            assertThat(first.data()).contains(ids[0], "\"evidence\"", "\"articleUrl\"");
        }
        // Disconnected: two alerts are raised meanwhile. Each event lies days from the others, beyond the story
        // window, so each is its own story event and raises its own alert (a report joining a story revises
        // that story's alert instead).
        send(ids[1], at.minus(3, ChronoUnit.DAYS));
        send(ids[2], at.minus(6, ChronoUnit.DAYS));
        await().atMost(WAIT).until(() -> given().queryParam("ruleId", ruleId).get("/api/v1/alerts").jsonPath()
                .getList("alerts").size() == 3);

        try (AlertSseClient client = new AlertSseClient(stream, first.id())) {
            AlertSseClient.Event second = nextOf(client, ruleId);
            AlertSseClient.Event third = nextOf(client, ruleId);
            assertThat(second.data()).contains(ids[1]);
            assertThat(third.data()).contains(ids[2]);
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
            assertThat(Long.parseLong(third.id())).isGreaterThan(Long.parseLong(second.id()));
            send(ids[3], at.minus(9, ChronoUnit.DAYS)); // live after the replay
            AlertSseClient.Event fourth = nextOf(client, ruleId);
            assertThat(fourth.data()).contains(ids[3]);
            List<AlertSseClient.Event> rest = new ArrayList<>();
            AlertSseClient.Event more;
            while ((more = client.next(Duration.ofSeconds(2))) != null) {
                rest.add(more);
            }
            assertThat(rest).noneMatch(e -> e.data().contains(ruleId));
        }
    }

    @Test
    void aMalformedLastEventIdIsAProblem() {
        given().header("Last-Event-ID", "yesterday").get("/api/v1/alerts/stream").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static void send(String id, Instant at) {
        traffic.send("CYP|MLT", EventTraffic.event(id, "CYP", "MLT", "CONSULT", null, "asserted", at));
    }

    /** The next event of this rule; alerts of other tests' rules may be on the stream too. */
    private static AlertSseClient.Event nextOf(AlertSseClient client, String ruleId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            AlertSseClient.Event event = client.next(Duration.ofSeconds(1));
            if (event != null && event.data().contains(ruleId)) {
                return event;
            }
        }
        throw new AssertionError("no alert of rule " + ruleId + " on the stream within " + WAIT);
    }
}
