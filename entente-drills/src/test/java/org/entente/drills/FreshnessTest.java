package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FreshnessTest {

    private static final Instant RELEASE = Instant.parse("2026-12-05T00:00:00Z");
    private static final String PREFIX = "https://wire.example/dense/7/";

    private static Freshness.AlertRecord alert(String id, long atMillis, int... articles) {
        StringBuilder evidence = new StringBuilder();
        for (int a : articles) {
            evidence.append(evidence.isEmpty() ? "" : ",").append("{\"articleUrl\":\"").append(PREFIX).append(a).append("\"}");
        }
        String json = "{\"id\":\"" + id + "\",\"evidence\":[" + evidence + "]}";
        return new Freshness.AlertRecord(RELEASE.toEpochMilli() + atMillis, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void timesEachAlertFromTheOfferOfItsEarliestArticle() throws Exception {
        // article 10 is offered 2 s after the release at 5/s; its alert lands at 3.5 s: 1.5 s fresh
        Freshness f = Freshness.measure(List.of(alert("a", 3500, 10, 12)), PREFIX, RELEASE, 5, 20);
        assertThat(f.seconds()).containsExactly(1.5);
        assertThat(f.articlesWithAlert()).isEqualTo(2);
    }

    @Test
    void timesTheSameAlertFromItsNewestArticleToo() throws Exception {
        // article 12 is offered 2.4 s after the release: the alert it completed lands 1.1 s later
        Freshness f = Freshness.measureFromNewest(List.of(alert("a", 3500, 10, 12)), PREFIX, RELEASE, 5, 20);
        assertThat(f.seconds()).containsExactly(1.1);
    }

    @Test
    void countsOnlyTheFirstRecordOfAnAlert() throws Exception {
        Freshness f = Freshness.measure(List.of(alert("a", 9000, 0, 1), alert("a", 1000, 0)), PREFIX, RELEASE, 5, 20);
        assertThat(f.seconds()).containsExactly(1.0);
    }

    @Test
    void ignoresAlertsAboutOtherCorporaArticles() throws Exception {
        String other = "{\"id\":\"b\",\"evidence\":[{\"articleUrl\":\"https://wire.example/dense/8/3\"}]}";
        Freshness f = Freshness.measure(List.of(new Freshness.AlertRecord(RELEASE.toEpochMilli() + 500,
                other.getBytes(StandardCharsets.UTF_8))), PREFIX, RELEASE, 5, 20);
        assertThat(f.count()).isZero();
        assertThat(f.percentile(99)).isNaN();
    }

    @Test
    void percentilesByNearestRank() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = (i + 1) / 100.0;
        }
        Freshness f = new Freshness(hundred, 100, 100, 5);
        assertThat(f.percentile(50)).isCloseTo(0.50, within(1e-9));
        assertThat(f.percentile(95)).isCloseTo(0.95, within(1e-9));
        assertThat(f.percentile(99)).isCloseTo(0.99, within(1e-9));
        assertThat(new Freshness(new double[] { 0.4, 2.5 }, 2, 2, 5).percentile(99)).isEqualTo(2.5);
    }

    @Test
    void readsTheJitCompileCount() {
        assertThat(JvmProbe.compiles("sun.ci.lastMethod=\"x\"\nsun.ci.totalCompiles=21305\nsun.ci.totalTime=1\n"))
                .isEqualTo(21305);
    }

    @Test
    void warmUpRoundsHoldTheRelease() {
        ReleaseSchedule s = new ReleaseSchedule(200, 1_000_000);
        s.holdAt(50);
        assertThat(s.releasedAfter(10)).isEqualTo(50);
        s.holdAt(200);
        assertThat(s.releasedAfter(10)).isEqualTo(200);
    }
}
