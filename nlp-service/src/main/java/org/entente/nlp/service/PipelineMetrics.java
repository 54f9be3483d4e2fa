package org.entente.nlp.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.nlp.extraction.PloverType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The pipeline's Micrometer meters, shown on /q/metrics as {@code entente_nlp_*}. */
@ApplicationScoped
public class PipelineMetrics {

    private final MeterRegistry registry;
    private final Counter processed;
    private final Counter truncated;
    private final Timer latency;
    private final AtomicInteger active = new AtomicInteger();

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processed = Counter.builder("entente.nlp.articles.processed")
                .description("Articles read from the articles topic whose events were sent").register(registry);
        this.truncated = Counter.builder("entente.nlp.texts.truncated")
                .description("Texts cut to entente.nlp.max-text-chars before extraction").register(registry);
        this.latency = Timer.builder("entente.nlp.extraction.duration")
                .description("Time to extract nations and events from one text")
                // Buckets, not client-side percentiles: Grafana aggregates them across replicas.
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
        Gauge.builder("entente.nlp.extractions.active", active, AtomicInteger::get)
                .description("Texts being extracted right now (at most entente.nlp.workers from the topic, plus REST)")
                .register(registry);
    }

    /** Call {@link #extractionEnded()} after, in a finally. */
    public void extractionStarted() {
        active.incrementAndGet();
    }

    public void extractionEnded() {
        active.decrementAndGet();
    }

    public void articleProcessed() {
        processed.increment();
    }

    public void skipped(SkipReason reason) {
        registry.counter("entente.nlp.articles.skipped", "reason", reason.tag()).increment();
    }

    public void truncated() {
        truncated.increment();
    }

    public void eventEmitted(PloverType type) {
        registry.counter("entente.nlp.events.emitted", "type", type.name()).increment();
    }

    /** Events an article held beyond the caps, or in a sentence it repeated. */
    public void eventsDropped(EventLimits.Cut cut, int count) {
        registry.counter("entente.nlp.events.dropped", "reason", cut.tag()).increment(count);
    }

    public void extractionTook(Duration duration) {
        latency.record(duration);
    }

    /** Sending one article's events until the broker acknowledged them all ({@code ./entente bench} reports the sum). */
    public void publishTook(Duration duration) {
        registry.timer("entente.nlp.events.publish.duration").record(duration);
    }
}
