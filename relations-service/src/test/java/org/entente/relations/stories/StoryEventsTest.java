package org.entente.relations.stories;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.entente.relations.domain.ScoringParameters;
import org.entente.relations.testing.AdminClient;
import org.entente.relations.ties.EventTraffic;
import org.entente.relations.ties.Recomputer;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One sanction reported by three outlets in their own words, sent through the broker to three pairs in
 * three orders (one with a redelivery, one where the third report bridges two stories): each pair ends
 * with one story of three reports and three outlets, and bit-identical tie and rollup rows; the tie
 * holds the one story's weight times c(3), not three events; the admin rebuild writes the same bits.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StoryEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    // Same alphabetical order in each pair, so the direction (source is the second nation) matches.
    private static final String[][] PAIRS = { { "MLT", "AND" }, { "SYC", "STP" }, { "MCO", "ISL" } };

    @RegisterExtension
    static final EventTraffic traffic = new EventTraffic();

    @Inject
    DataSource dataSource;
    @Inject
    Recomputer recomputer;

    /** The three reports of one pair: a at T0, b 30 h later, c 60 h later (a and c only link through b). */
    private static List<String[]> reports(String source, String target) {
        String p = source + target;
        return List.of(
                new String[] { "st-" + p + "-a",
                        SanctionReports.json("st-" + p + "-a", "https://www.reuters.com/world/" + p, source,
                                target, T0, source + " imposed sanctions on " + target + " oil exports and tankers.") },
                new String[] { "st-" + p + "-b", SanctionReports.json("st-" + p + "-b", "http://m.bbc.co.uk/news/" + p, source,
                        target, T0.plus(Duration.ofHours(30)), "New sanctions hit " + target
                                + " oil exports, the tankers that carry them and their insurers.") },
                new String[] { "st-" + p + "-c",
                        SanctionReports.json("st-" + p + "-c", "https://apnews.com/article/" + p, source,
                                target, T0.plus(Duration.ofHours(60)), source + " penalties on " + target
                                        + " oil exports and insurers took effect.") });
    }

    @Test
    void threeOutletsInThreeOrdersMakeOneStoryAndBitEqualTies() throws SQLException {
        int[][] orders = { { 0, 1, 2 }, { 2, 1, 0, 1 }, { 0, 2, 1 } };
        for (int i = 0; i < PAIRS.length; i++) {
            List<String[]> reports = reports(PAIRS[i][0], PAIRS[i][1]);
            for (int index : orders[i]) {
                traffic.send(EventTraffic.key(PAIRS[i][0], PAIRS[i][1]), reports.get(index)[1]);
            }
        }
        await().atMost(WAIT).untilAsserted(() -> {
            for (String[] pair : PAIRS) {
                assertThat(stories(pair)).as(pair[0]).hasSize(1);
                assertThat(stories(pair).get(0)).as(pair[0]).endsWith("3 3");
            }
        });
        List<String> first = rows(PAIRS[0]);
        for (String[] pair : PAIRS) {
            assertThat(rows(pair)).as("tie and rollups of " + pair[0]).isEqualTo(first);
            assertThat(stories(pair).get(0)).startsWith("st-" + pair[0] + pair[1] + "-a ");
        }

        // One story, counted once with its corroboration: 0.9 × -6 × c(3) at T0, not three events.
        double c3 = Corroboration.factor(3, ScoringParameters.defaults().stories());
        double mass = Double.longBitsToDouble(Long.parseUnsignedLong(first.get(6), 16));
        double expected = 0.9 * -6 * c3 * Math.pow(2, -60.0 / 24 / 90);
        assertThat(mass).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));

        readThroughTheApi();

        recomputer.rebuildInForce();
        for (String[] pair : PAIRS) {
            assertThat(rows(pair)).as("rebuilt " + pair[0]).isEqualTo(first);
            assertThat(stories(pair)).hasSize(1);
        }

        // A window of 24 h: the reports, 30 h apart, are three stories; back to 48 h: one again.
        recompute("{\"stories\": {\"windowHours\": 24}}");
        AdminClient.given().get("/api/v1/admin/parameters").then().statusCode(200)
                .body("stories.windowHours", equalTo(24.0f))
                .body("stories.corroborationCap", equalTo(1.5f))
                .body("stories.symmetricTypes", hasItem("AGREE"));
        for (String[] pair : PAIRS) {
            assertThat(stories(pair)).as(pair[0]).hasSize(3).allSatisfy(s -> assertThat(s).endsWith(" 1 1"));
            assertThat(rows(pair)).isEqualTo(rows(PAIRS[0]));
        }
        assertThat(rows(PAIRS[0])).isNotEqualTo(first);
        AdminClient.given().contentType("application/json").body("{\"stories\": {\"windowHours\": -1}}")
                .post("/api/v1/admin/recompute").then().statusCode(400).body("title", containsString("windowHours"));
        AdminClient.given().contentType("application/json").body("{\"stories\": {\"symmetricTypes\": [\"HUG\"]}}")
                .post("/api/v1/admin/recompute").then().statusCode(400).body("title", containsString("HUG"));
        recompute("{\"stories\": {\"windowHours\": 48}}");
        for (String[] pair : PAIRS) {
            assertThat(rows(pair)).as("back to 48 h " + pair[0]).isEqualTo(first);
        }
    }

    /**
     * A lone mention of a sanctions regime three weeks after the two outlets that named its day, in a later batch: the
     * consumer loads the stored story from beyond the 48 h window (an ongoing act's reach) and the mention joins it.
     */
    @Test
    void aLoneMentionWeeksLaterJoinsTheSanctionsItTellsOf() throws SQLException {
        String[] pair = { "VCT", "ATG" };
        // 1 June 2026 is a Monday
        traffic.send(EventTraffic.key("VCT", "ATG"), SanctionReports.json("og-1", "https://www.reuters.com/world/og-1",
                "VCT", "ATG", T0, "VCT imposed sanctions on ATG banks on Monday."));
        traffic.send(EventTraffic.key("VCT", "ATG"), SanctionReports.json("og-2", "https://apnews.com/article/og-2", "VCT",
                "ATG", T0.plus(Duration.ofHours(5)), "ATG banks were hit by VCT sanctions on Monday."));
        await().atMost(WAIT).untilAsserted(() -> assertThat(stories(pair)).containsExactly("og-1 2 2"));

        traffic.send(EventTraffic.key("VCT", "ATG"), SanctionReports.json("og-3", "https://www.bbc.co.uk/news/og-3", "VCT",
                "ATG", T0.plus(Duration.ofDays(21)), "The VCT sanctions on ATG banks remain in force."));

        await().atMost(WAIT).untilAsserted(() -> assertThat(stories(pair)).containsExactly("og-1 3 3"));
        // each report says which day it tells of: Monday for the first two, none for the lone mention
        given().get("/api/v1/stories?pair=VCT-ATG").then().statusCode(200)
                .body("stories[0].reports.eventDay", contains("2026-06-01", "2026-06-01", null));
    }

    /**
     * An analyst summing the events CSV's story_contribution over a pair gets the tie's sum S (the story
     * once, with its corroboration), where the per-report contribution column counts it once per outlet.
     */
    private static void eventsCsvSumsToTheTie(String leadId) {
        List<String> rows = given().get("/api/v1/events?pair=AND-MLT&format=csv").then().statusCode(200)
                .extract().asString().lines().skip(1).toList();
        assertThat(rows).hasSize(3);
        float storyContribution = given().get("/api/v1/stories?pair=AND-MLT").then().statusCode(200)
                .extract().path("stories[0].contribution");
        double storySum = 0;
        for (String row : rows) {
            // The last column: sentences and titles before it may hold quoted commas, it never does.
            double value = Double.parseDouble(row.substring(row.lastIndexOf(',') + 1));
            // The lead report carries the story's contribution, the corroborating reports 0.
            double expected = row.startsWith(leadId + ",") ? storyContribution : 0.0;
            assertThat(value).as(row).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.001));
            storySum += value;
        }
        assertThat(storySum).isCloseTo(storyContribution, org.assertj.core.api.Assertions.within(0.002))
                .isLessThan(-1.0);
        double reportSum = rows.stream().mapToDouble(r -> Double.parseDouble(r.split(",")[8])).sum();
        assertThat(reportSum).as("per-report contributions count the story once per outlet")
                .isLessThan(storySum - 1.0);
        float score = given().get("/api/v1/ties/AND/MLT").then().statusCode(200).extract().path("score");
        double scale = ScoringParameters.defaults().scale();
        assertThat(100 * Math.tanh(storySum / scale)).isCloseTo(score, org.assertj.core.api.Assertions.within(0.02));
        float storyScore = given().get("/api/v1/stories?pair=AND-MLT").then().statusCode(200)
                .extract().path("stories[0].scoreContribution");
        assertThat(storyScore).as("the pair's only story accounts for its whole score, on the score's scale")
                .isCloseTo(score, org.assertj.core.api.Assertions.within(0.02f))
                .isNotCloseTo(storyContribution, org.assertj.core.api.Assertions.within(1.0f));
    }

    private static void recompute(String body) {
        AdminClient.given().contentType("application/json").body(body).post("/api/v1/admin/recompute").then()
                .statusCode(202);
        await().atMost(WAIT).untilAsserted(() -> AdminClient.given().get("/api/v1/admin/recompute").then()
                .statusCode(200).body("state", equalTo("succeeded")));
    }

    private static void readThroughTheApi() {
        String id = "st-MLTAND-a";
        given().get("/api/v1/stories?pair=MLT-AND").then().statusCode(200)
                .body("limit", equalTo(50))
                .body("nextCursor", nullValue())
                .body("stories.size()", equalTo(1))
                .body("stories[0].id", equalTo(id))
                .body("stories[0].type", equalTo("SANCTION"))
                .body("stories[0].source", equalTo("MLT"))
                .body("stories[0].target", equalTo("AND"))
                .body("stories[0].firstReportedAt", equalTo(T0.toString()))
                .body("stories[0].lastReportedAt", equalTo(T0.plus(Duration.ofHours(60)).toString()))
                .body("stories[0].outletCount", equalTo(3))
                .body("stories[0].reportCount", equalTo(3))
                .body("stories[0].weight", equalTo(-5.4f))
                .body("stories[0].reports.outlet", contains("reuters.com", "bbc.co.uk", "apnews.com"))
                .body("stories[0].reports.eventId", contains(id, "st-MLTAND-b", "st-MLTAND-c"))
                .body("stories[0].reports[1].articleUrl", equalTo("http://m.bbc.co.uk/news/MLTAND"))
                .body("stories[0].reports[0].sentence", startsWith("MLT imposed sanctions"));
        given().get("/api/v1/stories?nation=STP&type=sanction&from=2026-06-01&to=2026-06-01").then().statusCode(200)
                .body("stories.id", contains("st-SYCSTP-a"));
        given().get("/api/v1/stories?pair=STP-SYC&from=2026-06-02").then().statusCode(200)
                .body("stories.size()", equalTo(0));
        String csv = given().get("/api/v1/stories?pair=AND|MLT&format=csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("story_id,first_reported_at,type,source,target,"
                + "outlet_count,report_count,weight,contribution,score_contribution,outlets");
        String storyRow = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(storyRow).startsWith(id + "," + T0 + ",SANCTION,MLT,AND,3,3,-5.4,")
                .endsWith(",apnews.com bbc.co.uk reuters.com");
        // the CSV carries what the JSON says the story adds to the sum and to the score
        String[] cells = storyRow.split(",");
        float contribution = given().get("/api/v1/stories?pair=AND|MLT").then().statusCode(200)
                .extract().path("stories[0].contribution");
        float scoreContribution = given().get("/api/v1/stories?pair=AND|MLT").then().statusCode(200)
                .extract().path("stories[0].scoreContribution");
        assertThat(Double.parseDouble(cells[8])).isCloseTo(contribution, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(Double.parseDouble(cells[9])).isCloseTo(scoreContribution, org.assertj.core.api.Assertions.within(1e-3))
                .isNotCloseTo(contribution, org.assertj.core.api.Assertions.within(1e-3));
        given().get("/api/v1/events?pair=AND-MLT").then().statusCode(200)
                .body("events.storyId", everyItem(equalTo(id)))
                .body("events.storyReportCount", everyItem(equalTo(3)));
        String events = given().get("/api/v1/events?pair=AND-MLT&format=csv&limit=1").then().statusCode(200)
                .extract().asString();
        assertThat(events.lines().findFirst().orElseThrow())
                .endsWith(",story_id,story_report_count,story_contribution");
        assertThat(events.lines().skip(1).findFirst().orElseThrow()).contains("," + id + ",3,");
        eventsCsvSumsToTheTie(id);
        // Paging: limit 1 over the three pairs' stories of that day, newest first by (time, id).
        String next = given().get("/api/v1/stories?type=SANCTION&from=2026-06-01&to=2026-06-01&limit=1").then()
                .statusCode(200).body("stories.id", contains("st-SYCSTP-a")).extract().path("nextCursor");
        given().get("/api/v1/stories?type=SANCTION&from=2026-06-01&to=2026-06-01&limit=1&cursor=" + next).then()
                .statusCode(200).body("stories.id", contains("st-MLTAND-a"));
        for (String bad : List.of("pair=MLT", "pair=MLT-MLT", "type=SUMMIT", "limit=0", "limit=100000", "cursor=%21",
                "from=2026-13-01", "from=2026-06-02&to=2026-06-01")) {
            given().get("/api/v1/stories?" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("title", notNullValue());
        }
    }

    /** The pair's stories: id, report count, outlet count. */
    private List<String> stories(String[] pair) throws SQLException {
        List<String> stories = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select s.id, s.report_count, s.outlet_count from story s "
                        + "where s.pair_first = ? and s.pair_second = ? order by s.id")) {
            s.setString(1, pair[1]);
            s.setString(2, pair[0]);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stories.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3));
                }
            }
        }
        return stories;
    }

    /** The tie row and rollup rows of a pair, doubles as raw bits, exact sums as text. */
    private List<String> rows(String[] pair) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select event_count, count_forward, count_backward, as_of, "
                    + "first_event_at, last_event_at, mass, mass_forward, mass_backward, anchored_sum, "
                    + "anchored_sum_forward, anchored_sum_backward, summed_events from tie where pair = ?")) {
                s.setString(1, pair[1] + "|" + pair[0]);
                read(s, rows);
            }
            try (PreparedStatement s = c.prepareStatement("select day, event_count, mass, mass_forward, "
                    + "mass_backward, exact_mass, exact_mass_forward, exact_mass_backward, summed_events "
                    + "from daily_rollup where pair_first = ? and pair_second = ? order by day")) {
                s.setString(1, pair[1]);
                s.setString(2, pair[0]);
                read(s, rows);
            }
        }
        return rows;
    }

    private static void read(PreparedStatement s, List<String> rows) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    rows.add(value instanceof Double d ? Long.toHexString(Double.doubleToRawLongBits(d))
                            : value instanceof java.math.BigDecimal ? rs.getString(i) : String.valueOf(value));
                }
            }
        }
    }
}
