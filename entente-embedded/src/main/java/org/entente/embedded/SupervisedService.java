package org.entente.embedded;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/** One service under supervision: its current process, how to start a new one, and its {@link RestartPolicy}. */
public final class SupervisedService {

    /** Starts a fresh process of the service (same command, port, environment and log file). */
    @FunctionalInterface
    public interface Starter {
        ServiceProcess start() throws IOException;
    }

    private final String name;
    private final Starter starter;
    private final Consumer<ServiceProcess> onStarted;
    private final RestartPolicy policy;
    private volatile ServiceProcess current;
    private volatile long lastRestartAt;

    /**
     * @param running a process already seen ready (its liveness counts from the first check)
     * @param onStarted told of every process a restart starts (e.g. so the stack stops that one at the end)
     */
    public SupervisedService(ServiceProcess running, Starter starter, Consumer<ServiceProcess> onStarted,
            SupervisionSettings settings, long nowMillis) {
        this.name = running.name();
        this.current = running;
        this.starter = starter;
        this.onStarted = onStarted;
        this.policy = new RestartPolicy(settings, nowMillis, true);
    }

    /** One check: probe, then kill or start as the policy says; returns a line to report, or null. */
    String check(long now) {
        ServiceProcess process = current;
        boolean alive = process.isAlive();
        boolean live = alive && process.isLive();
        RestartPolicy.Action action = policy.check(now, alive, live);
        if (!alive && policy.waiting() && process.exitCode() != null && "the process exited".equals(policy.lastReason())) {
            policy.explainExit("the process exited with code " + process.exitCode());
            return name + " (pid " + process.pid() + ") " + policy.lastReason() + "; restarting in "
                    + policy.backoffMillisAhead(now) / 1000 + " s (see " + process.logFile() + ")";
        }
        switch (action) {
            case KILL -> {
                process.stop(Duration.ofSeconds(10));
                return name + " (pid " + process.pid() + ") " + policy.lastReason() + ": killed; restarting in "
                        + policy.backoffMillisAhead(now) / 1000 + " s";
            }
            case START -> {
                try {
                    current = starter.start();
                    lastRestartAt = System.currentTimeMillis();
                    onStarted.accept(current);
                    return name + " restarted (restart " + policy.restarts() + ", pid " + current.pid() + ")";
                } catch (IOException | RuntimeException e) {
                    policy.startFailed(now, e.getMessage());
                    return name + " " + policy.lastReason() + "; next attempt in " + policy.backoffMillisAhead(now) / 1000
                            + " s";
                }
            }
            default -> {
                return null;
            }
        }
    }

    public String name() {
        return name;
    }

    public ServiceProcess process() {
        return current;
    }

    public int restarts() {
        return policy.restarts();
    }

    /** Why the last restart happened, or null when there was none. */
    public String lastReason() {
        return policy.lastReason();
    }

    /** Wall-clock milliseconds of the last restart, 0 when none. */
    public long lastRestartAt() {
        return lastRestartAt;
    }
}
