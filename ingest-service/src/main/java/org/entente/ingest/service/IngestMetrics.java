package org.entente.ingest.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/** Counters behind /q/metrics; per-feed counters carry the feed id as tag {@code feed}. */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(String source, String feed, int n) {
        registry.counter("entente.ingest.articles.published", "source", source, "feed", feed).increment(n);
    }

    public void duplicates(String source, String feed, int n) {
        registry.counter("entente.ingest.articles.duplicates", "source", source, "feed", feed).increment(n);
    }

    /** An article kept but cut; the reason says what was cut. */
    public void truncated(String reason) {
        registry.counter("entente.ingest.articles.truncated", "reason", reason).increment();
    }

    /** Feed items whose publication date was outside the accepted window and was replaced by the fetch time. */
    public void datesReplaced(String feed, int n) {
        registry.counter("entente.ingest.articles.dates.replaced", "feed", feed).increment(n);
    }

    /** A feed item with a headline and no text, published with its headline as its text. */
    public void headlineOnly(String feed) {
        registry.counter("entente.ingest.articles.headline.only", "feed", feed).increment();
    }

    public void skipped(String reason, int n) {
        registry.counter("entente.ingest.articles.skipped", "reason", reason).increment(n);
    }

    public void itemsSeen(String feed, int n) {
        registry.counter("entente.ingest.feed.items.seen", "feed", feed).increment(n);
    }

    /** outcome: ok, not_modified, or the failure kind (timeout, http_error, too_large, malformed, publish...). */
    public void poll(String feed, String outcome) {
        registry.counter("entente.ingest.feed.polls", "feed", feed, "outcome", outcome).increment();
    }

    /** Fetching and parsing one feed (a poll's first stage; {@code ./entente bench} reports the sum). */
    public void fetched(Duration took) {
        registry.timer("entente.ingest.feed.fetch.duration").record(took);
    }

    /** Publishing one poll's articles: dedup, send, wait for the broker, record them as seen. */
    public void publishedIn(Duration took) {
        registry.timer("entente.ingest.articles.publish.duration").record(took);
    }

    /** A page fetched for its full text could not be read; the feed's summary was kept. */
    public void fullTextUnavailable() {
        registry.counter("entente.ingest.fulltext.unavailable").increment();
    }
}
