package org.entente.nlp.rest;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.nlp.config.NlpConfig;

/**
 * At most {@code entente.nlp.max-concurrent-requests} extractions over REST at once: four parallel
 * 1 MB requests saturated both cores of the process that also runs the Kafka pipeline.
 * A request beyond is refused at once (429 with Retry-After), not queued, so waiting clients hold no
 * threads or memory.
 */
@ApplicationScoped
public class ExtractGate {

    private final Semaphore permits;

    public ExtractGate(NlpConfig config) {
        this.permits = new Semaphore(config.maxConcurrentRequests());
    }

    /** @return false when the limit is reached; otherwise the caller must {@link #release()} */
    public boolean tryEnter() {
        return permits.tryAcquire();
    }

    public void release() {
        permits.release();
    }
}
