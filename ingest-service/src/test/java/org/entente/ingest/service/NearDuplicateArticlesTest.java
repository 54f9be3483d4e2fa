package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.ingest.testing.AdminClient.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.entente.ingest.domain.SeenArticleRepository;
import org.entente.ingest.domain.StoryIndexRepository;
import org.entente.ingest.testing.ArticlesTopic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The same story five ways is published once and recorded as five reports; other stories still go out. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class NearDuplicateArticlesTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String outlet = "daily-" + run + ".example.org";
    private final String syndicator = "wire-" + run + ".example.net";

    @Inject
    StoryIndexRepository index;
    @Inject
    SeenArticleRepository seen;
    @Inject
    EntityManager em;

    /** Each test tells its own stories: tests share the database, and would see each other's as copies. */
    private final String story = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, cutting "
            + "tariffs on maize, rice and cement and opening the Namanga border post around the clock. The two "
            + "governments said the deal ends a dispute that had kept hundreds of lorries waiting at the border since "
            + "March, and promised a joint committee to settle future quarrels within thirty days.";

    private static Map<String, Object> article(String url, String title, String text) {
        return Map.of("url", url, "title", title, "text", text, "publishedAt", "2026-11-21T08:00:00Z");
    }

    @Test
    void theSameStoryFiveWaysIsPublishedOnceAndReportedFiveTimes() {
        // http and /amp/ copies carry the same text (same_text wins over url_variant); the m. copy has one word
        // changed (url_variant); the syndicated copy has another headline, URL and one word (near_duplicate)
        String original = "https://www." + outlet + "/africa/kenya-tanzania-trade";
        String id = ArticleIdentity.articleId(original);
        try (ArticlesTopic topic = new ArticlesTopic()) {
            given().contentType(ContentType.JSON).body(article(original, "Kenya and Tanzania sign trade deal", story))
                    .post("/api/v1/articles").then().statusCode(202).body("accepted", equalTo(1));
            // one at a time, so each is matched against what the database holds, not only within one batch
            for (Map<String, Object> copy : List.of(
                    article("http://" + outlet + "/africa/kenya-tanzania-trade", "Kenya, Tanzania sign deal", story),
                    article("https://" + outlet + "/amp/africa/kenya-tanzania-trade/", "Trade deal", story + " "),
                    article("https://m." + outlet + "/africa/kenya-tanzania-trade?outputType=amp",
                            "Kenya and Tanzania sign trade deal", story.replace("Tuesday", "Wednesday")),
                    article("https://" + syndicator + "/wire/2026/11/21/east-africa-trade",
                            "East African neighbours end border row", story.replace("hundreds", "thousands")))) {
                given().contentType(ContentType.JSON).body(copy).post("/api/v1/articles").then().statusCode(202)
                        .body("accepted", equalTo(0)).body("duplicates", equalTo(1))
                        .body("articles[0].duplicateOf", equalTo(id));
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> topic.matching(r -> r.value().get("canonicalUrl").asText().contains(run)).size() >= 1);
            assertThat(topic.matching(r -> r.value().get("canonicalUrl").asText().contains(run)))
                    .extracting(ArticlesTopic.Received::key).containsExactly(id);
        }
        List<Object[]> reports = QuarkusTransaction.requiringNew().call(() -> index.reportsOf(id));
        assertThat(reports).extracting(r -> (String) r[2])
                .containsExactlyInAnyOrder("original", "same_text", "same_text", "url_variant", "near_duplicate");
        assertThat(reports).extracting(r -> (String) r[1]).containsOnly(outlet, syndicator);

        // The copies never reach Kafka; the article's copies endpoint is where "5 copies, 2 outlets" shows.
        given().get("/api/v1/articles/" + id + "/copies").then().statusCode(200)
                .body("articleId", equalTo(id))
                .body("copyCount", equalTo(5))
                .body("outletCount", equalTo(2))
                .body("truncated", equalTo(false))
                .body("copies[0].match", equalTo("original"))
                .body("copies[0].url", equalTo(original))
                .body("copies.match", org.hamcrest.Matchers.hasItems("same_text", "url_variant", "near_duplicate"))
                .body("copies.find { it.match == 'near_duplicate' }.similarity", org.hamcrest.Matchers.notNullValue())
                .body("copies.find { it.match == 'near_duplicate' }.host", equalTo(syndicator));
        given().get("/api/v1/articles/" + "0".repeat(32) + "/copies").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/articles/not-an-id/copies").then().statusCode(400)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().get("/api/v1/articles/" + id + "/copies").then().statusCode(401);
    }

    @Test
    void twoStoriesOnOneTopicAreBothPublished() {
        String deal = "Chile and Peru agreed in Lima on Monday to share the waters of the Uchusuma river, ending a "
                + "quarrel that began when Chilean farmers dug new canals near the border last spring. Both foreign "
                + "ministers said a joint commission would measure the flow each month and publish its figures.";
        String row = "Chile and Peru traded sharp words on Thursday over the Uchusuma river, after Peruvian "
                + "officials said Chilean farmers had dug two more canals near the border. Lima recalled its "
                + "ambassador for consultations, and Santiago said the canals were legal and the figures wrong.";
        given().contentType(ContentType.JSON).body(List.of(
                article("https://" + outlet + "/a/water-deal", "Water deal", deal),
                article("https://" + syndicator + "/a/water-row", "Water row", row)))
                .post("/api/v1/articles").then().statusCode(202)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(0));
    }

    @Test
    void aRepeatedCopyIsOneReport() {
        String text = "Norway and Iceland signed a fisheries accord in Reykjavik on Friday that splits the mackerel "
                + "quota for the next five years and lets each fleet fish in the other's waters under the same "
                + "rules. Fishing groups in both countries said the accord ends ten years of quarrels at sea.";
        String original = "https://" + outlet + "/b/story";
        String copy = "https://" + syndicator + "/b/story-copy";
        given().contentType(ContentType.JSON).body(article(original, "t", text))
                .post("/api/v1/articles").then().statusCode(202).body("accepted", equalTo(1));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(article(copy, "t", text + " Updated."))
                    .post("/api/v1/articles").then().statusCode(202).body("duplicates", equalTo(1));
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> index.reportsOf(ArticleIdentity.articleId(original))))
                .hasSize(2);
    }

    /**
     * Forty seen articles share one band key (a template); five of them share a second. Asked for five, the lookup
     * reads those five, not all forty: before, every article sharing a band was read, so one batch's memory grew
     * with the history of a templated feed.
     */
    @Test
    void aBandSharedByManyArticlesReadsOnlyThoseSharingTheMost() {
        long common = UUID.randomUUID().getMostSignificantBits();
        long rarer = UUID.randomUUID().getMostSignificantBits();
        List<String> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                String url = "https://" + outlet + "/template/" + i;
                String id = ArticleIdentity.articleId(url);
                ids.add(id);
                seen.record(id, url, ArticleIdentity.fingerprint(run + i), null, Instant.now(), Instant.now(),
                        UrlCanonicalizer.storyKey(url), null, i < 5 ? new long[] { common, rarer } : new long[] { common });
            }
        });
        List<String> found = QuarkusTransaction.requiringNew().call(() -> index.related(List.of("none"),
                List.of("none"), List.of("none"), List.of(common, rarer), 5)).stream()
                .map(StoryIndexRepository.SeenStory::articleId).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(ids.subList(0, 5));
    }

    /**
     * A band key shared by more seen articles than the look-up reads for one key is not followed: asked with room for a
     * thousand, it returns the one article that also shares a rarer key, not the crowd behind the template; and the key
     * is recorded, so the next look-up does not read its index entries again. Before, every article sharing the key was
     * read and ranked on every publish, a read that grew with the history.
     */
    @Test
    void aBandKeySharedByACrowdIsNotFollowed() {
        long template = UUID.randomUUID().getMostSignificantBits();
        long rarer = UUID.randomUUID().getMostSignificantBits();
        int crowd = StoryIndexRepository.COMMON_BAND_SHARERS + 20;
        String copyOf = ArticleIdentity.articleId("https://" + outlet + "/crowd/copied");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < crowd; i++) {
                String url = "https://" + outlet + "/crowd/" + i;
                seen.record(ArticleIdentity.articleId(url), url, ArticleIdentity.fingerprint(run + "crowd" + i), null,
                        Instant.now(), Instant.now(), UrlCanonicalizer.storyKey(url), null, new long[] { template });
            }
            String url = "https://" + outlet + "/crowd/copied";
            seen.record(copyOf, url, ArticleIdentity.fingerprint(run + "copied"), null, Instant.now(), Instant.now(),
                    UrlCanonicalizer.storyKey(url), null, new long[] { template, rarer });
        });
        for (int lookUp = 0; lookUp < 2; lookUp++) {
            List<String> found = QuarkusTransaction.requiringNew().call(() -> index.related(List.of("none"),
                    List.of("none"), List.of("none"), List.of(template, rarer), 1000)).stream()
                    .map(StoryIndexRepository.SeenStory::articleId).toList();
            assertThat(found).containsExactly(copyOf);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from common_band_key where band_key = ?1").setParameter(1, template)
                .getSingleResult())).isEqualTo(1L);
    }
}
