package org.entente.drills;

import java.time.Duration;
import java.util.List;

/**
 * One fault of the drill and when it strikes: ingest-service's once {@code atFraction} of the
 * articles are out on the feeds, the others once nlp-service (the slowest stage) has taken that
 * fraction of them, so each strikes while work is still flowing through every stage. Services are killed with SIGKILL and
 * started again at once; the broker and the
 * database are stopped for {@link #OUTAGE} and started again on the same data directory and port.
 */
public record Fault(String target, double atFraction) {

    public static final String KAFKA = "kafka";
    public static final String POSTGRES = "postgres";
    static final Duration OUTAGE = Duration.ofSeconds(5);

    /** Each service killed once, the broker and the database restarted once, spread over the stream. */
    public static List<Fault> plan() {
        return List.of(
                new Fault(DrillStack.INGEST, 0.15),
                new Fault(DrillStack.NLP, 0.30),
                new Fault(DrillStack.RELATIONS, 0.45),
                new Fault(KAFKA, 0.60),
                new Fault(POSTGRES, 0.75));
    }

    void strike(DrillStack stack) throws Exception {
        switch (target) {
            case KAFKA -> {
                stack.stopKafka();
                Thread.sleep(OUTAGE.toMillis());
                stack.startKafka();
            }
            case POSTGRES -> {
                stack.stopPostgres();
                Thread.sleep(OUTAGE.toMillis());
                stack.startPostgres();
            }
            default -> {
                stack.kill(target);
                stack.startServices(List.of(target));
            }
        }
    }

    /** Whether the fault is measured against the feeds (else against nlp-service's progress). */
    boolean byRelease() {
        return target.equals(DrillStack.INGEST);
    }

    boolean isKill() {
        return !target.equals(KAFKA) && !target.equals(POSTGRES);
    }
}
