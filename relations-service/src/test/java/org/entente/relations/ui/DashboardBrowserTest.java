package org.entente.relations.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard in a real headless Chromium against the running service, its broker and database:
 * events go to the "events" topic, the page shows what the API makes of them.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    // Kiribati and its neighbours in March 2019: no other test sends events about them or then, so the
    // counts below are ours even though all tests share one broker and database.
    private static final Instant MARCH = Instant.parse("2019-03-04T09:00:00Z");
    private static final String RANGE = "from=2019-03-01&to=2019-03-31";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Browser browser;
    private static boolean seeded;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true; // once, even if the wait below fails: a second copy would only confuse the counts
        try (SeedEvents events = new SeedEvents()) {
            events.send("KIR", "MHL", "AGREE", MARCH);
            events.send("MHL", "KIR", "CONSULT", MARCH.plus(Duration.ofDays(4)));
            events.send("KIR", "MHL", "AGREE", "defense_pact", MARCH.plus(Duration.ofDays(9)),
                    SeedEvents.HOSTILE_TITLE, SeedEvents.HOSTILE_SENTENCE);
            events.send("KIR", "FSM", "COOPERATE", MARCH.plus(Duration.ofDays(2)));
            events.send("PLW", "KIR", "AID", MARCH.plus(Duration.ofDays(6)));
            events.send("SLB", "KIR", "ACCUSE", MARCH.plus(Duration.ofDays(3)));
            events.send("SLB", "KIR", "THREATEN", MARCH.plus(Duration.ofDays(12)));
            events.send("FSM", "MHL", "CONSULT", MARCH.plus(Duration.ofDays(5)));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/api/v1/events?pair=KIR-MHL&" + RANGE).then().statusCode(200).body("events.size()", is(3));
            given().get("/api/v1/events?nation=KIR&" + RANGE).then().statusCode(200).body("events.size()", is(7));
            given().get("/api/v1/events?pair=FSM-MHL&" + RANGE).then().statusCode(200).body("events.size()", is(1));
        });
    }

    private void open(String hash) {
        browser.open(root.toString() + hash);
    }

    @Test
    @Order(1)
    void pairViewDrawsOnePointPerDayAndAMarkerPerEvent() {
        open("#/pair/KIR/MHL?interval=day&" + RANGE);
        await().atMost(WAIT).until(() -> browser.count(".chart-point") > 0);
        assertThat(browser.count(".chart-point")).as("one point per day of March").isEqualTo(31);
        assertThat(browser.count(".chart-marker")).as("one marker per KIR-MHL event").isEqualTo(3);
        assertThat(dateLabelsByPoint()).as("each date label under its own point, naming that point's day")
                .hasSize(7).containsEntry("2019-03-01", "2019-03-01").containsEntry("2019-03-31", "2019-03-31")
                .allSatisfy((label, pointDay) -> assertThat(label).isEqualTo(pointDay));
        assertThat(browser.text("h2")).isEqualTo("Kiribati – Marshall Islands");
        await().atMost(WAIT).until(() -> browser.text(".pair-summary").contains("Tie now"));
        assertThat(browser.text(".pair-summary")).as("the tie counts reports; one story told four times is not 4 events")
                .contains("from 3 reports").contains("(2 reports)").contains("(1 report)").doesNotContain("events");

        WebElement hostile = null;
        for (WebElement marker : browser.all(".chart-marker")) {
            marker.click();
            if (browser.text(".event-detail").contains("Hostile title")) {
                hostile = marker;
                break;
            }
        }
        assertThat(hostile).as("a marker opens the hostile article's sentence").isNotNull();
        assertThat(browser.text(".event-detail a.article")).isEqualTo(SeedEvents.HOSTILE_TITLE);
        assertThat(browser.text(".event-detail blockquote")).isEqualTo(SeedEvents.HOSTILE_SENTENCE);
        assertThat(browser.text(".top-events")).contains(SeedEvents.HOSTILE_TITLE);
        await().atMost(WAIT).until(() -> browser.count(".story-list > li") > 0);
        assertThat(browser.text(".stories")).as("story events, each with its outlets and reports")
                .contains("reported by 1 outlet").contains(SeedEvents.HOSTILE_TITLE).contains("to the sum S");
        assertThat(browser.all(".story-list > li > .contribution")).as("badges in the tie's score points")
                .allMatch(badge -> badge.getText().endsWith(" pts"));
        assertNothingInjected("#view");
        browser.screenshot("pair-view-day");

        browser.driver().findElement(org.openqa.selenium.By.cssSelector("select[name=interval] option[value=week]")).click();
        browser.driver().findElement(org.openqa.selenium.By.cssSelector(".controls button[type=submit]")).click();
        int weeks = given().get("/api/v1/ties/KIR/MHL/history?interval=week&" + RANGE)
                .then().statusCode(200).extract().path("points.size()");
        await().atMost(WAIT).until(() -> browser.driver().getCurrentUrl().contains("interval=week")
                && browser.count(".chart-point") == weeks);
        assertThat(weeks).as("Fri 1 March .. Sun 31 March 2019 spans five ISO-week buckets").isEqualTo(5);
        assertThat(dateLabelsByPoint()).as("a week's label is its bucket's last day, under its point").hasSize(5)
                .containsEntry("2019-03-31", "2019-03-31")
                .allSatisfy((label, pointDay) -> assertThat(label).isEqualTo(pointDay));
        browser.screenshot("pair-view-week");
    }

    @Test
    @Order(2)
    void nationViewRanksPartnersAndDrawsTheNetwork() {
        open("#/nation/KIR?" + RANGE);
        await().atMost(WAIT).until(() -> browser.count(".graph-node") > 0 && browser.count(".ranked-list li") > 0);
        assertThat(browser.count(".graph-node")).as("Kiribati and its four partners").isEqualTo(5);
        assertThat(browser.all(".graph-node").stream().map(n -> n.getAttribute("data-code")))
                .containsExactlyInAnyOrder("KIR", "MHL", "FSM", "PLW", "SLB");
        assertThat(browser.count(".graph-edge.neg")).as("the tie with Solomon Islands is hostile").isEqualTo(1);
        assertThat(browser.count(".graph-edge.pos")).as("Marshall Islands, Micronesia, Palau (and Micronesia-Marshall Islands)")
                .isGreaterThanOrEqualTo(3);
        List<WebElement> lists = browser.all(".ranked");
        assertThat(lists.get(0).getText()).contains("Closest partners", "Marshall Islands", "Micronesia", "Palau")
                .doesNotContain("Solomon Islands");
        assertThat(lists.get(1).getText()).contains("Worst relations", "Solomon Islands");
        browser.screenshot("nation-view");
    }

    @Test
    @Order(3)
    void searchFindsANationByAnyCommonName() {
        open("#/");
        await().atMost(WAIT).until(() -> browser.count("#nation-search") == 1);
        WebElement search = browser.driver().findElement(org.openqa.selenium.By.id("nation-search"));
        for (String form : List.of("Saudi", "KSA", "Riyadh", "Saudi Arabia", "saudi arabia")) {
            search.clear();
            search.sendKeys(form);
            await().atMost(WAIT).until(() -> browser.count("#search-results li[data-code]") > 0);
            assertThat(browser.all("#search-results li[data-code]").get(0).getAttribute("data-code"))
                    .as("first suggestion for '%s'", form).isEqualTo("SAU");
        }
        browser.screenshot("search");
        search.sendKeys(Keys.ENTER);
        await().atMost(WAIT).until(() -> browser.driver().getCurrentUrl().contains("#/nation/SAU"));
    }

    @Test
    @Order(4)
    void anAlertRaisedDuringTheTestAppearsLiveAsText() {
        open("#/");
        await().atMost(WAIT).until(() -> browser.count(".connection.live") == 1);
        AlertRules.watchPair("FJI|TON");
        try (SeedEvents events = new SeedEvents()) {
            events.send("FJI", "TON", "AGREE", "treaty", Instant.now(), SeedEvents.HOSTILE_TITLE,
                    "Fiji and Tonga signed a treaty on fisheries.");
        }
        await().atMost(WAIT).until(() -> browser.all(".alert .pair").stream()
                .anyMatch(p -> p.getText().equals("FJI – TON")));
        WebElement alert = browser.all(".alert").stream()
                .filter(a -> a.getText().contains("FJI – TON")).findFirst().orElseThrow();
        assertThat(alert.getAttribute("class")).contains("new");
        assertThat(browser.text(".new-badge")).endsWith("new");
        assertThat(alert.getText()).contains("Fiji and Tonga signed a treaty on fisheries.", SeedEvents.HOSTILE_TITLE);
        assertNothingInjected("#alerts");
        browser.screenshot("alerts-live");
    }

    @Test
    @Order(7)
    void anAlertMergedIntoAnotherLeavesThePane() {
        open("#/");
        await().atMost(WAIT).until(() -> browser.count(".connection.live") == 1);
        AlertRules.watchPair("FSM|NRU");
        Instant at = Instant.now().minus(Duration.ofHours(3));
        // Seeded events carry the trigger "signed", so "sanctions" would count as a shared content word.
        try (SeedEvents events = new SeedEvents()) {
            events.send("FSM", "NRU", "SANCTION", null, at, "Airline sanctions",
                    "Micronesia barred Nauru airline routes and banks.");
            events.send("FSM", "NRU", "SANCTION", null, at.plusSeconds(900), "Insurer sanctions",
                    "Micronesia penalised Nauru gas shipping insurers.");
            await().atMost(WAIT).ignoreExceptions().until(() -> pairAlerts("FSM – NRU").size() == 2);
            // Shares airline routes with the first and gas shipping insurers with the second: one story event.
            events.send("FSM", "NRU", "SANCTION", null, at.plusSeconds(600), "Both sanctions",
                    "Micronesia targets Nauru airline routes and gas shipping insurers.");
        }
        // Redrawn as revisions arrive: a line read while it is replaced is stale, and read again.
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            List<String> shown = pairAlerts("FSM – NRU");
            return shown.size() == 1 && shown.get(0).contains("and 2 more sources");
        });
        browser.screenshot("alerts-merged");
    }

    /** The text of each alert line of the pane about {@code pair}. */
    private List<String> pairAlerts(String pair) {
        return browser.all(".alert").stream().map(WebElement::getText).filter(t -> t.contains(pair)).toList();
    }

    @Test
    @Order(5)
    void emptyStatesSayWhatIsHappening() {
        // Tuvalu: no test sends events about it (TieResourceTest relies on that too).
        open("#/nation/TUV?from=2025-01-01&to=2025-12-31");
        await().atMost(WAIT).until(() -> browser.count(".graph-box .status-empty") == 1);
        assertThat(browser.text(".graph-box")).isEqualTo("No ties of TUV between 2025-01-01 and 2025-12-31.");
        assertThat(browser.all(".ranked").stream().map(WebElement::getText)).allMatch(t -> t.contains("None in this range."));
        browser.screenshot("nation-view-empty");

        open("#/pair/TUV/NRU?interval=month&from=2025-01-01&to=2025-12-31");
        await().atMost(WAIT).until(() -> browser.text(".pair-summary").contains("no events recorded between")
                && browser.count(".chart-box .status-empty") == 1);
        assertThat(browser.count(".chart-point")).as("no chart of zeros").isZero();
        browser.screenshot("pair-view-empty");

        open("#/nation/KIR?from=2019-03-31&to=2019-03-01");
        await().atMost(WAIT).until(() -> browser.text("#view").contains("swap the dates"));
    }

    @Test
    @Order(6)
    void homeShowsTheMostConnectedNationsAndTheWarmestAndColdestTies() {
        open("#/?" + RANGE);
        await().atMost(WAIT).until(() -> browser.count(".graph-node") > 0 && browser.count(".pair-list li") > 0);
        int nations = given().get("/api/v1/network?" + RANGE).then().statusCode(200)
                .extract().path("nodes.size()");
        assertThat(browser.count(".graph-node")).as("the 40 most connected nations at most")
                .isEqualTo(Math.min(40, nations)).isGreaterThanOrEqualTo(5);
        assertThat(browser.text(".lists")).contains("Warmest ties", "Coldest ties", "Kiribati – Solomon Islands");
        browser.screenshot("home");
    }

    /**
     * Each date label of the chart's axis, with the last day of the point drawn at its x ("none" where no point is),
     * read from the SVG's attributes: a label left of its point, or naming the day after, does not match.
     */
    private Map<String, String> dateLabelsByPoint() {
        List<?> pairs = (List<?>) browser.script("""
                const points = new Map([...document.querySelectorAll('.chart .chart-point')].map((c) =>
                    [c.getAttribute('cx'), c.querySelector('title').textContent.split(':')[0].split('\u2026')[1]]));
                return [...document.querySelectorAll('.chart .x-tick')]
                    .map((t) => [t.textContent, points.get(t.getAttribute('x')) ?? 'none']);
                """);
        Map<String, String> byLabel = new LinkedHashMap<>();
        for (Object pair : pairs) {
            List<?> labelAndDay = (List<?>) pair;
            byLabel.put((String) labelAndDay.get(0), (String) labelAndDay.get(1));
        }
        return byLabel;
    }

    /** Hostile titles and sentences stay text: no element made from them, no script run. */
    private void assertNothingInjected(String scope) {
        assertThat(browser.count(scope + " img")).isZero();
        assertThat(browser.count(scope + " script")).isZero();
        assertThat(browser.script("return window.__ententePwned === undefined")).isEqualTo(Boolean.TRUE);
    }
}
