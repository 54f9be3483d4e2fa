package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.ingest.testing.AdminClient.given;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.entente.ingest.testing.ArticlesTopic;
import org.entente.ingest.testing.FeedFixtures;
import org.entente.ingest.testing.Feeds;
import org.entente.ingest.testing.FixtureServer;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A feed that carries only teasers, registered with fullText: the article page's main text is published. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FullTextFeedTest {

    private static final String PAGE = """
            <html><head><title>Story</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="content">
              <p>Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after seven years.</p>
              <p>The agreement was announced in Beijing after four days of talks between security officials.</p>
            </div>
            <footer><p>Copyright Example News, all rights reserved in every country.</p></footer>
            </body></html>""";

    @Test
    void publishesTheMainTextOfThePageInsteadOfTheTeaser() throws Exception {
        try (FixtureServer server = new FixtureServer(); ArticlesTopic topic = new ArticlesTopic()) {
            String prefix = server.url("/" + UUID.randomUUID() + "/");
            String path = prefix.substring(server.url("").length());
            server.on(path + "story-0", ex -> FixtureServer.send(ex, 200, "text/html; charset=utf-8", PAGE));
            server.xml("/teasers.xml", FeedFixtures.rss("Teasers", 1, i -> prefix + "story-" + i, "Teaser"));
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of("url", server.url("/teasers.xml"), "pollSeconds", 600, "fullText", true))
                    .post("/api/v1/feeds").then().statusCode(201).extract().path("id");

            await().atMost(Duration.ofSeconds(60)).until(() -> topic.withUrlPrefix(prefix).size() == 1);
            String text = topic.withUrlPrefix(prefix).get(0).value().get("text").asText();
            assertThat(text).startsWith("Saudi Arabia and Iran agreed on Friday")
                    .contains("four days of talks")
                    .doesNotContain("Copyright")
                    .doesNotContain("Teaser story number 0");
            Feeds.delete(id);
        }
    }
}
