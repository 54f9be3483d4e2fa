package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FreshnessStagesTest {

    private static final Instant RELEASE = Instant.parse("2026-12-05T00:00:00Z");
    private static final String PREFIX = "https://wire.example/dense/7/";

    private static long at(long millis) {
        return RELEASE.toEpochMilli() + millis;
    }

    private static Freshness.AlertRecord alert(String id, long atMillis, int... articles) {
        StringBuilder evidence = new StringBuilder();
        for (int a : articles) {
            evidence.append(evidence.isEmpty() ? "" : ",").append("{\"articleUrl\":\"").append(PREFIX).append(a).append("\"}");
        }
        return new Freshness.AlertRecord(at(atMillis),
                ("{\"id\":\"" + id + "\",\"evidence\":[" + evidence + "]}").getBytes(StandardCharsets.UTF_8));
    }

    private static FreshnessStages.TopicRecord article(int k, long fetchedMillis, long recordMillis) {
        String json = "{\"canonicalUrl\":\"" + PREFIX + k + "\",\"fetchedAt\":\"" + Instant.ofEpochMilli(at(fetchedMillis))
                + "\"}";
        return new FreshnessStages.TopicRecord(at(recordMillis), json.getBytes(StandardCharsets.UTF_8));
    }

    private static FreshnessStages.TopicRecord event(int k, long recordMillis) {
        return new FreshnessStages.TopicRecord(at(recordMillis),
                ("{\"articleUrl\":\"" + PREFIX + k + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsTheTimeOfAnAlertIntoItsFourStages() throws Exception {
        // article 10 is offered at 2.0 s (5/s), fetched at 2.6 s, on `articles` at 2.7 s, its first event at 3.1 s
        // (a later one at 3.4 s), the alert at 3.5 s
        FreshnessStages s = FreshnessStages.measure(List.of(alert("a", 3500, 12, 10)),
                List.of(article(10, 2600, 2700), article(12, 3000, 3050)), List.of(event(10, 3400), event(10, 3100)),
                PREFIX, RELEASE, 5);
        assertThat(s.alerts()).isEqualTo(1);
        assertThat(s.stages().get(FreshnessStages.OFFER_TO_FETCH)).containsExactly(new double[] { 0.6 },
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.stages().get(FreshnessStages.FETCH_TO_ARTICLE)).containsExactly(new double[] { 0.1 },
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.stages().get(FreshnessStages.ARTICLE_TO_EVENT)).containsExactly(new double[] { 0.4 },
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.stages().get(FreshnessStages.EVENT_TO_ALERT)).containsExactly(new double[] { 0.4 },
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.stages().keySet()).containsExactly(FreshnessStages.OFFER_TO_FETCH, FreshnessStages.FETCH_TO_ARTICLE,
                FreshnessStages.ARTICLE_TO_EVENT, FreshnessStages.EVENT_TO_ALERT);
    }

    @Test
    void leavesOutAlertsWhoseArticleOrEventWasNotSeenAndLaterRevisions() throws Exception {
        FreshnessStages s = FreshnessStages.measure(
                List.of(alert("a", 3500, 10), alert("a", 9000, 10), alert("b", 4000, 11)),
                List.of(article(10, 2600, 2700), article(11, 2800, 2900)), List.of(event(10, 3100)), PREFIX, RELEASE, 5);
        assertThat(s.alerts()).isEqualTo(1);
        assertThat(s.stages().get(FreshnessStages.EVENT_TO_ALERT)).hasSize(1);
        assertThat(s.markdown()).contains("| first event → alert on `alerts` | 0.40 s | 0.40 s | 0.40 s | 0.40 s |");
    }
}
