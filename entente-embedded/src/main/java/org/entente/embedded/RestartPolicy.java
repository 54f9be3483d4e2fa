package org.entente.embedded;

/**
 * The supervision decision for one service, plain logic over what a check saw (process alive, liveness
 * UP) at a time in milliseconds; {@link Supervisor} does the probing, killing and starting. Same rules
 * as a Kubernetes pod with a liveness and a startup probe and {@code restartPolicy: Always}.
 */
final class RestartPolicy {

    /** What the supervisor must do now. */
    enum Action {
        NONE,
        KILL,
        START
    }

    private final SupervisionSettings settings;
    private boolean waiting;
    private long restartAt;
    private long startedAt;
    private boolean liveSeen;
    private long downSince = -1;
    private int failuresInARow;
    private int restarts;
    private String lastReason;

    /** @param ready whether the service was seen ready (so live) already: then liveness counts from the first check */
    RestartPolicy(SupervisionSettings settings, long startedAtMillis, boolean ready) {
        this.settings = settings;
        this.startedAt = startedAtMillis;
        this.liveSeen = ready;
    }

    /**
     * @param alive whether the process runs
     * @param live whether {@code /q/health/live} answered UP (false also when it did not answer)
     */
    Action check(long now, boolean alive, boolean live) {
        if (waiting) {
            if (now < restartAt) {
                return Action.NONE;
            }
            waiting = false;
            restarts++;
            startedAt = now;
            liveSeen = false;
            downSince = -1;
            return Action.START;
        }
        if (!alive) {
            fail(now, "the process exited");
            return Action.NONE;
        }
        if (live) {
            liveSeen = true;
            downSince = -1;
            if (now - startedAt >= settings.backoffReset().toMillis()) {
                failuresInARow = 0;
            }
            return Action.NONE;
        }
        if (!liveSeen) {
            if (now - startedAt < settings.startupTimeout().toMillis()) {
                return Action.NONE;
            }
            fail(now, "not live within " + settings.startupTimeout().toSeconds() + " s of its start");
            return Action.KILL;
        }
        if (downSince < 0) {
            downSince = now;
        }
        if (now - downSince < settings.livenessTimeout().toMillis()) {
            return Action.NONE;
        }
        fail(now, "liveness DOWN for " + (now - downSince) / 1000 + " s");
        return Action.KILL;
    }

    /** A start that threw counts as one more failure; the next attempt waits a longer back-off. */
    void startFailed(long now, String reason) {
        fail(now, "could not start: " + reason);
    }

    /** When an exit code is known, the reason says it. */
    void explainExit(String reason) {
        lastReason = reason;
    }

    private void fail(long now, String reason) {
        lastReason = reason;
        waiting = true;
        restartAt = now + backoff();
        failuresInARow++;
    }

    /** Kubernetes's CrashLoopBackOff: initial, doubled per failure in a row, capped. */
    long backoff() {
        long delay = settings.backoffInitial().toMillis();
        for (int i = 0; i < failuresInARow && delay < settings.backoffMax().toMillis(); i++) {
            delay *= 2;
        }
        return Math.min(delay, settings.backoffMax().toMillis());
    }

    /** Milliseconds from {@code now} until the pending restart (0 when none is pending). */
    long backoffMillisAhead(long now) {
        return waiting ? Math.max(0, restartAt - now) : 0;
    }

    int restarts() {
        return restarts;
    }

    String lastReason() {
        return lastReason;
    }

    boolean waiting() {
        return waiting;
    }
}
