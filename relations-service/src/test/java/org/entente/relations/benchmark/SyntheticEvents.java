package org.entente.relations.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.entente.relations.domain.EventType;

/**
 * Deterministic fake events for the benchmark: skewed so a few pairs are busy (as in real news) and
 * most are quiet, spread over five years.
 */
final class SyntheticEvents {

    private static final String[] MODALITIES = { "asserted", "asserted", "asserted", "asserted", "asserted",
            "asserted", "asserted", "asserted", "intent", "negated" };
    private static final EventType[] TYPES = EventType.values();

    private final List<String> nations;
    private final Random random;
    private final Instant end;
    private final long spanSeconds;

    SyntheticEvents(List<String> nations, long seed, Instant end, Duration span) {
        this.nations = nations;
        this.random = new Random(seed);
        this.end = end;
        this.spanSeconds = span.toSeconds();
    }

    record Row(String source, String target, String type, String modality, double confidence, Instant at) {
    }

    Row next() {
        String source = skewed();
        String target;
        do {
            target = skewed();
        } while (target.equals(source));
        Instant at = end.minusSeconds((long) (random.nextDouble() * spanSeconds));
        return new Row(source, target, TYPES[random.nextInt(TYPES.length)].name(),
                MODALITIES[random.nextInt(MODALITIES.length)], 0.5 + random.nextDouble() / 2, at);
    }

    /** Squaring a uniform number favours the first nations: some pairs get thousands of events. */
    private String skewed() {
        double u = random.nextDouble();
        return nations.get((int) (u * u * nations.size()));
    }
}
