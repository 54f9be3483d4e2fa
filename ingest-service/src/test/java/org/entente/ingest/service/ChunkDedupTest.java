package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.entente.ingest.domain.StoryIndexRepository.SeenStory;
import org.entente.ingest.messaging.ArticleMessage;
import org.entente.ingest.service.ArticleOutcome.Status;
import org.entente.ingest.service.ChunkDedup.Candidate;
import org.junit.jupiter.api.Test;

class ChunkDedupTest {

    private static final Instant T = Instant.parse("2026-12-04T12:00:00Z");

    private static Candidate candidate(String id, String url, String fingerprint) {
        return new Candidate(new ArticleMessage(ArticleMessage.SCHEMA_VERSION, id, url, null, "t", T, T, "en", "text",
                fingerprint), url, null);
    }

    @Test
    void aChunkIsSortedInOrderIntoSkippedFreshCopiesAndRepeats() {
        StoryMatcher matcher = new StoryMatcher(List.of(new SeenStory("old", "fp-old", "example.org/old", null)));
        CompletableFuture<Boolean> oldInFlight = new CompletableFuture<>();
        List<Object> drafts = new ArrayList<>();
        drafts.add(ArticleOutcome.skipped("ftp://bad", "not http"));
        drafts.add(candidate("a", "example.org/a", "fp-a"));
        drafts.add(candidate("a-copy", "example.net/a", "fp-a"));
        drafts.add(candidate("b", "example.net/b", "fp-old"));
        drafts.add(candidate("old", "example.org/old", "fp-other"));

        ChunkDedup.Sorted sorted = ChunkDedup.sort(drafts, matcher, id -> id.equals("old") ? oldInFlight : null);

        assertThat(sorted.ordered()).extracting(ArticleOutcome::status)
                .containsExactly(Status.SKIPPED, Status.PUBLISHED, Status.DUPLICATE, Status.DUPLICATE, Status.DUPLICATE);
        assertThat(sorted.ordered()).extracting(ArticleOutcome::duplicateOf)
                .containsExactly(null, null, "a", "old", "old");
        assertThat(sorted.skipped()).isEqualTo(1);
        assertThat(sorted.fresh()).extracting(c -> c.message().id()).containsExactly("a");
        // a repeat of the same article is a duplicate but not one more report of its story
        assertThat(sorted.reports()).extracting(ChunkDedup.Report::articleId, ChunkDedup.Report::url)
                .containsExactly(tuple("a", "example.net/a"),
                        tuple("old", "example.net/b"));
        assertThat(sorted.awaited()).isEqualTo(Map.of("old", oldInFlight));
    }

    @Test
    void anEmptyChunkSendsNothing() {
        ChunkDedup.Sorted sorted = ChunkDedup.sort(List.of(), new StoryMatcher(List.of()), id -> null);
        assertThat(sorted.ordered()).isEmpty();
        assertThat(sorted.fresh()).isEmpty();
        assertThat(sorted.skipped()).isZero();
    }
}
