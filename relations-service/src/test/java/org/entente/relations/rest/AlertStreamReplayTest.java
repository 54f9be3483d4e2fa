package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code lastEventId=0} once replayed every alert ever raised. Now a replay holds at most
 * {@code replay-max} (500) alerts of the last {@code replay-retention} (7 days), the newest, and says
 * how many it left out.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertStreamReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;
    @Inject
    DataSource db;

    @Test
    void aReplayHoldsAtMostTheNewestRecentAlertsAndSaysHowManyItLeftOut() throws Exception {
        String marker = "replay-" + UUID.randomUUID();
        Instant now = Instant.now();
        List<Long> old = publish(marker + "-old", 10, now.minus(30, ChronoUnit.DAYS));
        List<Long> recent = publish(marker + "-recent", 600, now);
        long lastSeen = old.get(0) - 1;

        List<AlertSseClient.Event> received = new ArrayList<>();
        String notice = null;
        try (AlertSseClient client = new AlertSseClient(stream, Long.toString(lastSeen))) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            long last = recent.get(recent.size() - 1);
            while (System.nanoTime() < deadline) {
                AlertSseClient.Event event = client.next(Duration.ofSeconds(1));
                if (event == null) {
                    continue;
                }
                if ("replay-truncated".equals(event.name())) {
                    notice = event.data();
                } else if (event.data().contains(marker)) {
                    received.add(event);
                    if (Long.parseLong(event.id()) == last) {
                        break;
                    }
                }
            }
        }
        assertThat(received).as("alerts replayed").hasSize(500);
        assertThat(received).noneMatch(e -> e.data().contains(marker + "-old"));
        assertThat(received.get(0).id()).isEqualTo(Long.toString(recent.get(100)));
        assertThat(notice).as("the client is told what was left out").startsWith("110 older missed alerts");
    }

    /** Alert publications as the outbox writes them, already sent to Kafka; returns their sequence numbers. */
    private List<Long> publish(String marker, int count, Instant at) throws SQLException {
        UUID alert = UUID.randomUUID();
        List<Long> seqs = new ArrayList<>();
        Timestamp time = Timestamp.from(at);
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into relations.alert (id, rule_id, rule_name, "
                    + "severity, kind, pair, pair_first, pair_second, message, score_before, score_after, event_count, "
                    + "source_count, first_event_time, last_event_time, raised_at, updated_at, revision, "
                    + "published_revision, published_at) values (?, ?, 'replay test', 'low', 'event', 'AND|MCO', "
                    + "'AND', 'MCO', 'test', 0, 0, 1, 1, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, alert);
                s.setObject(2, UUID.randomUUID());
                for (int i = 3; i <= 6; i++) {
                    s.setTimestamp(i, time);
                }
                s.setInt(7, count);
                s.setInt(8, count);
                s.setTimestamp(9, time);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into relations.alert_publication (alert_id, revision, "
                    + "pair, payload, created_at, kafka_sent_at) values (?, ?, 'AND|MCO', ?, ?, ?) returning seq")) {
                for (int i = 1; i <= count; i++) {
                    s.setObject(1, alert);
                    s.setInt(2, i);
                    s.setString(3, "{\"marker\": \"" + marker + "\", \"n\": " + i + "}");
                    s.setTimestamp(4, time);
                    s.setTimestamp(5, time);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        seqs.add(r.getLong(1));
                    }
                }
            }
        }
        return seqs;
    }
}
