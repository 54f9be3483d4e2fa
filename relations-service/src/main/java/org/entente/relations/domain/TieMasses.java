package org.entente.relations.domain;

import java.time.Instant;

/**
 * A tie's decayed weight sums at the instant {@code asOf}: overall, first-to-second ("forward") and
 * second-to-first ("backward"). Storing the sums at the latest event time rather than at "now" keeps
 * them exact whatever order events arrive in.
 */
public record TieMasses(double total, double forward, double backward, Instant asOf) {

    public static final TieMasses EMPTY = new TieMasses(0.0, 0.0, 0.0, null);

    public boolean isEmpty() {
        return asOf == null;
    }
}
