package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.entente.ingest.domain.SeenArticle;
import org.entente.ingest.domain.StoryIndexRepository;
import org.entente.ingest.testing.StatementsOnThread;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Recording a chunk of published articles costs two statements whatever its size (the seen rows with their band keys,
 * their reports), not a look-up, an insert and a report insert an article, nor a row a band key; and every column is
 * still written.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PublishStatementsTest {

    private static final String[] PLACES = { "Accra", "Lome", "Cotonou", "Lagos", "Niamey", "Bamako" };

    @Inject
    ArticlePublisher publisher;
    @Inject
    StoryIndexRepository index;

    @Test
    void aChunkOfNewArticlesIsRecordedInTwoStatements() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant published = Instant.parse("2026-12-01T09:30:00Z");
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < PLACES.length; i++) {
            // distinct stories, long enough for a sketch: none is a near duplicate of another
            String text = "Officials from " + PLACES[i] + " and delegation " + run + " number " + i + " met on day "
                    + (i + 3) + " to discuss " + PLACES[(i + 1) % PLACES.length] + " port fees, rail links to "
                    + PLACES[(i + 2) % PLACES.length] + ", fishing rights off " + PLACES[(i + 3) % PLACES.length]
                    + " and a customs office shared with " + PLACES[(i + 4) % PLACES.length] + " from next year, "
                    + "story " + (i * 7919 + 13) + " of series " + run + ".";
            drafts.add(new ArticleDraft("https://statements-" + run + ".example.org/story/" + i, "Story " + i, text,
                    published, "en"));
        }

        List<String> sql = StatementsOnThread.record(() -> assertThat(publisher.publish(drafts, null))
                .extracting(ArticleOutcome::status).containsOnly(ArticleOutcome.Status.PUBLISHED));

        assertThat(sql).filteredOn(s -> s.startsWith("insert into seen_article ")).hasSize(1);
        assertThat(sql).filteredOn(s -> s.startsWith("insert into story_report ")).hasSize(1);
        // the dedup's two look-ups of related seen articles (by id, text or story key; by band keys), and no look-up
        // of each article before its insert
        assertThat(sql).filteredOn(s -> !s.startsWith("insert ")).hasSize(2);
        assertThat(sql).hasSize(4);

        for (ArticleDraft d : drafts) {
            String id = ArticleIdentity.articleId(d.url());
            SeenArticle row = QuarkusTransaction.requiringNew().call(() -> SeenArticle.<SeenArticle> findById(id));
            assertThat(row).isNotNull();
            assertThat(row.canonicalUrl).isEqualTo(d.url());
            assertThat(row.contentFingerprint).isEqualTo(ArticleIdentity.fingerprint(d.text()));
            assertThat(row.feedId).isNull();
            assertThat(row.publishedAt).isEqualTo(published);
            assertThat(row.seenAt).isNotNull();
            assertThat(row.storyKey).isEqualTo(UrlCanonicalizer.storyKey(d.url()));
            assertThat(row.minhash).isEqualTo(MinHashSketch.ofLongText(d.text()).toBytes());
            assertThat(row.bandKeys).containsExactlyInAnyOrder(MinHashSketch.ofLongText(d.text()).bandKeys());
            assertThat(QuarkusTransaction.requiringNew().call(() -> index.reportsOf(id)))
                    .singleElement().satisfies(r -> {
                        assertThat(r[0]).isEqualTo(d.url());
                        assertThat(r[1]).isEqualTo("statements-" + run + ".example.org");
                        assertThat(r[2]).isEqualTo("original");
                    });
        }
    }

    /**
     * A feed's next poll carries the same items: all found by id, their band keys are not looked up (they would only
     * find the articles themselves and their look-alikes), so the poll costs one statement.
     */
    @Test
    void aPollOfSeenArticlesLooksUpNoBandKeys() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < PLACES.length; i++) {
            String text = "Envoys of " + PLACES[i] + " and group " + run + " number " + i + " agreed on day " + (i + 5)
                    + " to reopen the road to " + PLACES[(i + 1) % PLACES.length] + ", to share a power line with "
                    + PLACES[(i + 2) % PLACES.length] + " and to hold talks in " + PLACES[(i + 3) % PLACES.length]
                    + " before the rains, item " + (i * 7907 + 11) + " of list " + run + ".";
            drafts.add(new ArticleDraft("https://repeat-" + run + ".example.org/story/" + i, "Story " + i, text,
                    Instant.parse("2026-12-01T09:30:00Z"), "en"));
        }
        assertThat(publisher.publish(drafts, null)).extracting(ArticleOutcome::status)
                .containsOnly(ArticleOutcome.Status.PUBLISHED);

        List<String> sql = StatementsOnThread.record(() -> assertThat(publisher.publish(drafts, null))
                .extracting(ArticleOutcome::status).containsOnly(ArticleOutcome.Status.DUPLICATE));

        assertThat(sql).singleElement().satisfies(s -> assertThat(s).startsWith("select"));
    }
}
