package org.entente.relations.ties;

/** A record that can never be applied; its message becomes the dead-letter reason. */
public class PoisonEventException extends RuntimeException {

    private final String metricReason;

    public PoisonEventException(String metricReason, String message) {
        super(message);
        this.metricReason = metricReason;
    }

    public PoisonEventException(String metricReason, String message, Throwable cause) {
        super(message, cause);
        this.metricReason = metricReason;
    }

    /** A short, low-cardinality tag for the skip metric (e.g. {@code unknown_nation}). */
    public String metricReason() {
        return metricReason;
    }
}
