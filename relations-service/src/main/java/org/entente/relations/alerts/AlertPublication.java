package org.entente.relations.alerts;

import java.util.UUID;

/** One published revision of an alert: {@code seq} is its place in the stream and its SSE id. */
public record AlertPublication(long seq, UUID alertId, int revision, String pair, String payload) {
}
