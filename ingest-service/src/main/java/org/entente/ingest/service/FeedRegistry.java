package org.entente.ingest.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.domain.Feed;
import org.entente.ingest.domain.FeedStatus;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.entente.netpolicy.UrlRedactor;

/** The feed registry use cases: register, list, pause, resume, delete, and what is due for polling. */
@ApplicationScoped
@Transactional
public class FeedRegistry {

    private final IngestConfig config;
    private final Clock clock;
    private final FeedAddressPolicy addresses;

    public FeedRegistry(IngestConfig config, Clock clock, FeedAddressPolicy addresses) {
        this.config = config;
        this.clock = clock;
        this.addresses = addresses;
    }

    /** @throws IllegalArgumentException with a message a person can act on */
    public Feed register(FeedRegistration request) {
        String url = validUrl(request.url());
        addresses.checkIfResolvable(URI.create(url));
        int poll = request.pollSeconds() == null ? config.defaultPollSeconds() : request.pollSeconds();
        if (poll < config.minPollSeconds()) {
            throw new IllegalArgumentException("pollSeconds must be at least " + config.minPollSeconds()
                    + " (entente.ingest.min-poll-seconds); got " + poll);
        }
        Feed existing = Feed.find("url", url).firstResult();
        if (existing != null) {
            throw new FeedConflictException(url, existing.id);
        }
        Feed feed = new Feed();
        feed.id = UUID.randomUUID();
        feed.url = url;
        feed.title = request.title();
        feed.pollSeconds = poll;
        feed.fullText = Boolean.TRUE.equals(request.fullText());
        feed.status = FeedStatus.ACTIVE;
        feed.createdAt = clock.instant();
        feed.nextPollAt = feed.createdAt;
        feed.persist();
        return feed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Feed> list() {
        return Feed.list("order by createdAt, url");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Feed get(UUID id) {
        Feed feed = Feed.findById(id);
        if (feed == null) {
            throw new FeedNotFoundException(id);
        }
        return feed;
    }

    public void delete(UUID id) {
        if (!Feed.deleteById(id)) {
            throw new FeedNotFoundException(id);
        }
    }

    public Feed pause(UUID id) {
        Feed feed = get(id);
        feed.status = FeedStatus.PAUSED;
        return feed;
    }

    /** Resuming polls at once and forgets the backoff: the operator says the feed is worth trying again. */
    public Feed resume(UUID id) {
        Feed feed = get(id);
        feed.status = FeedStatus.ACTIVE;
        feed.consecutiveFailures = 0;
        feed.nextPollAt = clock.instant();
        return feed;
    }

    /**
     * Called from the scheduler thread, which has no request context: it runs in its own transaction. The rows read
     * here are what each poll starts from, so a poll does not load its feed again.
     */
    public List<FeedSnapshot> due(int limit) {
        Instant now = clock.instant();
        return Feed.<Feed> find("status = ?1 and nextPollAt <= ?2 order by nextPollAt", FeedStatus.ACTIVE,
                PollSchedule.dueBy(now, config.scheduler().tick())).page(0, limit).list().stream()
                .map(f -> FeedSnapshot.of(f, now)).toList();
    }

    static String validUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("url is required, e.g. {\"url\": \"https://news.un.org/feed/"
                    + "subscribe/en/news/all/rss.xml\", \"pollSeconds\": 300}");
        }
        try {
            URI uri = URI.create(raw.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("url must be an absolute http(s) URL; got '" + UrlRedactor.redact(raw)
                        + "'");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("url must")) {
                throw e;
            }
            throw new IllegalArgumentException("url '" + UrlRedactor.redact(raw) + "' is not a valid URL: "
                    + UrlRedactor.redactIn(e.getMessage()));
        }
    }
}
