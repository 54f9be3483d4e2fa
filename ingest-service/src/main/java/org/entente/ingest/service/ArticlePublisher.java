package org.entente.ingest.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.domain.SeenArticleRepository;
import org.entente.ingest.messaging.ArticleMessage;
import org.entente.ingest.messaging.ArticleSender;

/**
 * Publishes new articles once: drops those whose id or content fingerprint was seen, sends the rest, waits for the
 * broker's acknowledgement and only then records them as seen. A crash before the acknowledgement leaves them unseen,
 * so the next poll sends them again (same key, same id); nothing is lost.
 */
@ApplicationScoped
public class ArticlePublisher {

    private static final int CHUNK = 256;

    /** Check-send-record must not interleave for one story reached through two feeds polled at the same time. */
    private final ReentrantLock dedupLock = new ReentrantLock();
    private final SeenArticleRepository seen;
    private final ArticleSender sender;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final Clock clock;

    public ArticlePublisher(SeenArticleRepository seen, ArticleSender sender, IngestConfig config,
            IngestMetrics metrics, Clock clock) {
        this.seen = seen;
        this.sender = sender;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param feedId null for pushed articles */
    public List<ArticleOutcome> publish(List<ArticleDraft> drafts, UUID feedId) {
        List<ArticleOutcome> outcomes = new ArrayList<>(drafts.size());
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            outcomes.addAll(publishChunk(drafts.subList(from, Math.min(drafts.size(), from + CHUNK)), feedId));
        }
        return outcomes;
    }

    private List<ArticleOutcome> publishChunk(List<ArticleDraft> drafts, UUID feedId) {
        Instant fetchedAt = clock.instant();
        List<ArticleOutcome> skipped = new ArrayList<>();
        List<ArticleMessage> fresh = new ArrayList<>();
        dedupLock.lock();
        try {
            List<ArticleMessage> candidates = new ArrayList<>();
            for (ArticleDraft d : drafts) {
                try {
                    ArticleIdentity identity = ArticleIdentity.of(d.url(), d.text());
                    candidates.add(new ArticleMessage(ArticleMessage.SCHEMA_VERSION, identity.id(),
                            identity.canonicalUrl(), feedId == null ? null : feedId.toString(), d.title(),
                            d.publishedAt(), fetchedAt, d.language(), d.text(), identity.contentFingerprint()));
                } catch (IllegalArgumentException e) {
                    candidates.add(null);
                    skipped.add(ArticleOutcome.skipped(d.url(), e.getMessage()));
                }
            }
            Set<String> known = QuarkusTransaction.requiringNew().call(() -> seen.alreadySeen(
                    candidates.stream().filter(c -> c != null).map(ArticleMessage::id).toList(),
                    candidates.stream().filter(c -> c != null).map(ArticleMessage::contentFingerprint).toList()));
            Set<String> taken = new HashSet<>(known);
            int skippedSoFar = 0;
            List<ArticleOutcome> ordered = new ArrayList<>(drafts.size());
            for (ArticleMessage m : candidates) {
                if (m == null) {
                    ordered.add(skipped.get(skippedSoFar++));
                } else if (taken.contains(m.id()) || taken.contains(m.contentFingerprint())) {
                    ordered.add(new ArticleOutcome(m.id(), m.canonicalUrl(), ArticleOutcome.Status.DUPLICATE, null));
                } else {
                    taken.add(m.id());
                    taken.add(m.contentFingerprint());
                    fresh.add(m);
                    ordered.add(new ArticleOutcome(m.id(), m.canonicalUrl(), ArticleOutcome.Status.PUBLISHED, null));
                }
            }
            sendAndRecord(fresh, feedId);
            String source = feedId == null ? "push" : "feed";
            String feed = feedId == null ? "none" : feedId.toString();
            metrics.published(source, feed, fresh.size());
            metrics.duplicates(source, feed, drafts.size() - fresh.size() - skipped.size());
            metrics.skipped("invalid_url", skipped.size());
            return ordered;
        } finally {
            dedupLock.unlock();
        }
    }

    private void sendAndRecord(List<ArticleMessage> fresh, UUID feedId) {
        List<CompletableFuture<Void>> acks = fresh.stream().map(sender::send).toList();
        List<ArticleMessage> acknowledged = new ArrayList<>(fresh.size());
        Throwable failure = null;
        long deadline = System.nanoTime() + config.articles().publishTimeout().toNanos();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(fresh.get(i));
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (TimeoutException e) {
                failure = failure == null ? e : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        if (!acknowledged.isEmpty()) {
            Instant now = clock.instant();
            QuarkusTransaction.requiringNew().run(() -> acknowledged.forEach(m -> seen.record(m.id(),
                    m.canonicalUrl(), m.contentFingerprint(), feedId, m.publishedAt(), now)));
        }
        if (failure != null) {
            throw new PublishFailedException("Kafka did not acknowledge " + (fresh.size() - acknowledged.size())
                    + " of " + fresh.size() + " articles: " + failure, failure);
        }
    }
}
