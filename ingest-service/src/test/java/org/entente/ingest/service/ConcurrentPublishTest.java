package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.entente.ingest.messaging.ArticleMessage;
import org.entente.ingest.messaging.ArticleSender;
import org.entente.ingest.messaging.Topics;
import org.entente.ingest.testing.ArticlesTopic;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * ArticlePublisher's dedup lock no longer spans the broker's round trip, yet a story two feeds deliver at the
 * same time is still published once. The broker's acknowledgement of this test's articles is held back by a gate, so
 * the first publish stays in flight while the others run.
 */
@QuarkusTest
@TestProfile(ConcurrentPublishTest.Gated.class)
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConcurrentPublishTest {

    public static class Gated implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(GatedSender.class);
        }
    }

    /** The real sender; articles whose URL holds "/gated/" go to the broker only once the test opens the gate. */
    @Alternative
    @Priority(1)
    @Singleton
    public static class GatedSender extends ArticleSender {

        static final CompletableFuture<Void> GATE = new CompletableFuture<>();
        static final List<String> SENT = new CopyOnWriteArrayList<>();

        public GatedSender(@Channel(Topics.ARTICLES_OUT) MutinyEmitter<String> emitter, ObjectMapper json) {
            super(emitter, json);
        }

        @Override
        public CompletableFuture<Void> send(ArticleMessage article) {
            if (!article.canonicalUrl().contains("/gated/")) {
                return super.send(article);
            }
            SENT.add(article.canonicalUrl());
            return GATE.thenCompose(open -> super.send(article));
        }
    }

    @Inject
    ArticlePublisher publisher;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private ArticleDraft draft(String path, String text) {
        return new ArticleDraft("https://news-" + run + ".example.org/gated/" + path, "A headline", text,
                Instant.parse("2026-12-04T08:00:00Z"), "en");
    }

    @Test
    void twoConcurrentPublishesOfOneArticlePublishItOnceWhileOtherArticlesGoOut() throws Exception {
        ArticleDraft story = draft("kenya-tanzania-" + run, "Kenya and Tanzania signed a trade agreement in Arusha on "
                + "Tuesday, cutting tariffs on maize and cement (" + run + ") and opening the Namanga border post.");
        ArticleDraft other = draft("chile-peru-" + run, "Chile and Peru agreed on Monday to reopen their border "
                + "crossing at Chacalluta for lorries (" + run + "), a spokesman for the foreign ministry said.");
        String id = ArticleIdentity.articleId(story.url());
        try (ArticlesTopic topic = new ArticlesTopic()) {
            CompletableFuture<List<ArticleOutcome>> first = CompletableFuture.supplyAsync(
                    () -> publisher.publish(List.of(story), null));
            await().atMost(Duration.ofSeconds(30)).until(() -> sent("kenya-tanzania-" + run));
            // the same article from a second feed, while the first publish waits for the broker
            CompletableFuture<List<ArticleOutcome>> second = CompletableFuture.supplyAsync(
                    () -> publisher.publish(List.of(story), null));
            // another article is sent meanwhile: when the lock spanned the send it waited for the first publish's lock
            CompletableFuture<List<ArticleOutcome>> third = CompletableFuture.supplyAsync(
                    () -> publisher.publish(List.of(other), null));
            await().atMost(Duration.ofSeconds(30)).until(() -> sent("chile-peru-" + run));
            assertThat(first).isNotDone();
            GatedSender.GATE.complete(null);

            assertThat(first.get().get(0).status()).isEqualTo(ArticleOutcome.Status.PUBLISHED);
            assertThat(second.get().get(0).status()).isEqualTo(ArticleOutcome.Status.DUPLICATE);
            assertThat(second.get().get(0).duplicateOf()).isEqualTo(id);
            assertThat(third.get().get(0).status()).isEqualTo(ArticleOutcome.Status.PUBLISHED);
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> topic.matching(r -> r.value().get("canonicalUrl").asText().contains(run)).size() >= 2);
            assertThat(GatedSender.SENT.stream().filter(u -> u.contains(run))).hasSize(2);
            assertThat(topic.matching(r -> r.value().get("canonicalUrl").asText().contains("kenya-tanzania-" + run)))
                    .extracting(ArticlesTopic.Received::key).containsExactly(id);
            // once recorded, a third copy is matched in the database
            assertThat(publisher.publish(List.of(story), null).get(0).status())
                    .isEqualTo(ArticleOutcome.Status.DUPLICATE);
        }
    }

    private static boolean sent(String slug) {
        return GatedSender.SENT.stream().anyMatch(u -> u.contains(slug));
    }
}
