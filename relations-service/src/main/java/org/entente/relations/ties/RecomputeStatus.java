package org.entente.relations.ties;

import java.time.Instant;

import org.entente.relations.domain.ScoringParameters;

/** Where the last admin recompute stands. */
public record RecomputeStatus(String state, Instant startedAt, Instant finishedAt, long events, long pairs,
        String error, ScoringParameters parameters) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    static RecomputeStatus idle(ScoringParameters parameters) {
        return new RecomputeStatus(IDLE, null, null, 0, 0, null, parameters);
    }
}
