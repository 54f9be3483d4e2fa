package org.entente.ingest.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.domain.SeenArticle;
import org.entente.ingest.domain.SeenArticleRepository;
import org.entente.ingest.domain.StoryIndexRepository;
import org.entente.ingest.messaging.ArticleMessage;
import org.entente.ingest.messaging.ArticleSender;
import org.entente.ingest.service.ChunkDedup.Candidate;
import org.entente.ingest.service.ChunkDedup.Report;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Publishes new articles once: drops those that repeat a story already published (same URL, same text, a URL variant
 * or a near-duplicate text: {@link StoryMatcher}) and records them as further reports of it, sends the rest, waits for the
 * broker's acknowledgement and only then records them as seen. A crash before the acknowledgement leaves them unseen,
 * so the next poll sends them again (same key, same id); nothing is lost.
 */
@ApplicationScoped
public class ArticlePublisher {

    private static final int CHUNK = 256;
    /**
     * Seen articles read per sketched text of a chunk, those sharing the most LSH bands first. A copy at the threshold
     * shares about 8 of the 32 bands, an unrelated text almost never one, so 32 leaves room for a crowd of look-alikes
     * and bounds a chunk's read at 8,192 sketches (about 10 MB) however many articles share a template.
     */
    static final int BAND_MATCHES_PER_TEXT = 32;

    /** Guards the check against the database and the in-flight articles together with the reservation of new ones. */
    private final ReentrantLock dedupLock = new ReentrantLock();
    private final InFlightArticles inFlight = new InFlightArticles();
    private final SeenArticleRepository seen;
    private final StoryIndexRepository index;
    private final ArticleSender sender;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final Clock clock;

    public ArticlePublisher(SeenArticleRepository seen, StoryIndexRepository index, ArticleSender sender,
            IngestConfig config, IngestMetrics metrics, Clock clock) {
        this.seen = seen;
        this.index = index;
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
        List<Object> candidates = new ArrayList<>(drafts.size());
        for (ArticleDraft d : drafts) {
            try {
                ArticleIdentity identity = ArticleIdentity.of(d.url(), d.text());
                candidates.add(new Candidate(new ArticleMessage(ArticleMessage.SCHEMA_VERSION, identity.id(),
                        identity.canonicalUrl(), feedId == null ? null : feedId.toString(), d.title(),
                        d.publishedAt(), fetchedAt, d.language(), d.text(), identity.contentFingerprint()),
                        UrlCanonicalizer.storyKey(identity.canonicalUrl()), MinHashSketch.ofLongText(d.text())));
            } catch (IllegalArgumentException e) {
                candidates.add(ArticleOutcome.skipped(d.url(), e.getMessage()));
            }
        }
        List<Candidate> valid = candidates.stream().filter(Candidate.class::isInstance)
                .map(Candidate.class::cast).toList();
        ChunkDedup.Sorted sorted;
        // The lock covers the check and the reservation only, not the broker's round trip (docs/reports/bench-2026-12-04-profile.md: 466 s
        // of pollers waiting while one feed's articles were acknowledged); in-flight articles stand in for the rows
        // the database does not have yet, so a story reached through two feeds at once is still published once.
        dedupLock.lock();
        try {
            StoryMatcher matcher = new StoryMatcher(QuarkusTransaction.requiringNew().call(() -> related(valid)));
            inFlight.addTo(matcher);
            sorted = ChunkDedup.sort(candidates, matcher, inFlight::outcomeOf);
            inFlight.reserve(sorted.fresh().stream().map(c -> new InFlightArticles.Reserved(c.message().id(),
                    c.message().contentFingerprint(), c.storyKey(), c.sketch())).toList());
        } finally {
            dedupLock.unlock();
        }
        sendAndRecord(sorted.fresh(), sorted.reports(), sorted.awaited(), feedId);
        String source = feedId == null ? "push" : "feed";
        String feed = feedId == null ? "none" : feedId.toString();
        metrics.published(source, feed, sorted.fresh().size());
        metrics.duplicates(source, feed, drafts.size() - sorted.fresh().size() - sorted.skipped());
        metrics.skipped("invalid_url", sorted.skipped());
        return sorted.ordered();
    }

    /**
     * The seen articles the chunk's candidates may repeat: those sharing an id, a text or a story key, then those
     * sharing LSH bands with the candidates these did not already place. A feed's poll carries its recent items
     * again, most of them seen and found by id: their band keys would only find themselves and their look-alikes
     * (lane tp12: the bench's feeds carry up to 21 items, one or two of them new).
     */
    private List<StoryIndexRepository.SeenStory> related(List<Candidate> valid) {
        if (valid.isEmpty()) {
            return List.of();
        }
        List<StoryIndexRepository.SeenStory> found = new ArrayList<>(index.exact(
                valid.stream().map(c -> c.message().id()).toList(),
                valid.stream().map(c -> c.message().contentFingerprint()).toList(),
                valid.stream().map(Candidate::storyKey).toList()));
        StoryMatcher placed = new StoryMatcher(found);
        List<MinHashSketch> unplaced = valid.stream().filter(c -> c.sketch() != null)
                .filter(c -> placed.match(c.message().id(), c.message().contentFingerprint(), c.storyKey(),
                        null) == null)
                .map(Candidate::sketch).toList();
        found.addAll(index.sharingBands(unplaced.stream().flatMap(s -> Arrays.stream(s.bandKeys()).boxed()).toList(),
                BAND_MATCHES_PER_TEXT * unplaced.size()));
        return found;
    }

    /**
     * Sends the fresh articles, records those the broker acknowledged as seen, then ends their reservation; records the
     * reports of copies whose original is now seen. Throws when an article, or the original of a copy in flight
     * elsewhere, was not published: the feed's next poll finds them again.
     */
    private void sendAndRecord(List<Candidate> fresh, List<Report> reports,
            Map<String, CompletableFuture<Boolean>> awaited, UUID feedId) {
        List<Candidate> acknowledged = new ArrayList<>(fresh.size());
        Set<String> recorded = Set.of();
        Throwable failure = null;
        try {
            List<CompletableFuture<Void>> acks = fresh.stream().map(c -> sender.send(c.message())).toList();
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
            // the other publish waits at most its own publish timeout for the broker, then records
            Set<String> unpublished = new HashSet<>();
            long othersDeadline = deadline + config.articles().publishTimeout().toNanos();
            for (Map.Entry<String, CompletableFuture<Boolean>> original : awaited.entrySet()) {
                if (!await(original.getValue(), othersDeadline)) {
                    unpublished.add(original.getKey());
                }
            }
            if (!unpublished.isEmpty() && failure == null) {
                failure = new IllegalStateException("the originals of " + unpublished.size()
                        + " copies were sent by another poll and not published");
            }
            // a copy of an article the broker did not take is not reported: it is not seen either, so it is found again
            fresh.forEach(c -> unpublished.add(c.message().id()));
            acknowledged.forEach(c -> unpublished.remove(c.message().id()));
            List<Report> recordable = reports.stream().filter(r -> !unpublished.contains(r.articleId())).toList();
            if (!acknowledged.isEmpty() || !recordable.isEmpty()) {
                record(acknowledged, recordable, feedId);
            }
            recorded = acknowledged.stream().map(c -> c.message().id()).collect(Collectors.toSet());
        } finally {
            release(fresh, recorded);
        }
        if (failure != null) {
            throw new PublishFailedException("Kafka did not acknowledge " + (fresh.size() - acknowledged.size())
                    + " of " + fresh.size() + " articles: " + failure, failure);
        }
    }

    private static boolean await(CompletableFuture<Boolean> outcome, long deadline) {
        try {
            return outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A chunk's seen rows (with their band keys), then its reports (which refer to the seen rows): two statements. */
    private void record(List<Candidate> acknowledged, List<Report> recordable, UUID feedId) {
        Instant now = clock.instant();
        List<SeenArticle> rows = new ArrayList<>(acknowledged.size());
        List<StoryIndexRepository.Report> reports = new ArrayList<>(acknowledged.size() + recordable.size());
        for (Candidate c : acknowledged) {
            ArticleMessage m = c.message();
            rows.add(seenRow(m, c, feedId, now));
            reports.add(new StoryIndexRepository.Report(m.id(), m.canonicalUrl(), UrlCanonicalizer.outlet(c.storyKey()),
                    feedId, "original", null));
        }
        for (Report r : recordable) {
            reports.add(new StoryIndexRepository.Report(r.articleId(), r.url(),
                    UrlCanonicalizer.outlet(UrlCanonicalizer.storyKey(r.url())), feedId,
                    r.match().kind().name().toLowerCase(Locale.ROOT), r.match().similarity()));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            seen.recordAll(rows);
            index.recordReports(reports, now);
        });
    }

    private static SeenArticle seenRow(ArticleMessage m, Candidate c, UUID feedId, Instant now) {
        SeenArticle row = new SeenArticle();
        row.articleId = m.id();
        row.canonicalUrl = m.canonicalUrl();
        row.contentFingerprint = m.contentFingerprint();
        row.feedId = feedId;
        row.publishedAt = m.publishedAt();
        row.seenAt = now;
        row.storyKey = c.storyKey();
        row.minhash = c.sketch() == null ? null : c.sketch().toBytes();
        row.bandKeys = c.sketch() == null ? null : c.sketch().bandKeys();
        return row;
    }

    /** After the seen rows are committed (or were not written): a later check finds them in the database instead. */
    private void release(List<Candidate> fresh, Set<String> recorded) {
        if (fresh.isEmpty()) {
            return;
        }
        dedupLock.lock();
        try {
            inFlight.release(fresh.stream().map(c -> c.message().id()).toList(), recorded);
        } finally {
            dedupLock.unlock();
        }
    }
}
