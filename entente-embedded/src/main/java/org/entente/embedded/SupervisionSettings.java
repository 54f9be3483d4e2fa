package org.entente.embedded;

import java.time.Duration;
import java.util.Map;

/**
 * How {@code ./entente up} supervises the services, as Kubernetes would a container: a service whose
 * process exits, or whose liveness ({@code /q/health/live}) stays DOWN for {@code livenessTimeout},
 * is (killed and) started again after a back-off that doubles from {@code backoffInitial} up to
 * {@code backoffMax} and starts over once a service has run {@code backoffReset} without failing.
 * A service that starts gets {@code startupTimeout} to answer live the first time (Kubernetes's
 * startup probe): nlp-service loads CoreNLP for a minute or more before its HTTP port opens.
 */
public record SupervisionSettings(boolean enabled, Duration checkEvery, Duration livenessTimeout, Duration startupTimeout,
        Duration backoffInitial, Duration backoffMax, Duration backoffReset) {

    public static final SupervisionSettings DEFAULTS = new SupervisionSettings(true, Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(5),
            Duration.ofMinutes(10));

    /**
     * {@code ENTENTE_SUPERVISE} (true), {@code ENTENTE_LIVENESS_TIMEOUT_SECONDS} (30),
     * {@code ENTENTE_STARTUP_TIMEOUT_SECONDS} (300), {@code ENTENTE_RESTART_BACKOFF_SECONDS} (10),
     * {@code ENTENTE_RESTART_BACKOFF_MAX_SECONDS} (300).
     */
    public static SupervisionSettings fromEnvironment(Map<String, String> env) {
        String supervise = env.getOrDefault("ENTENTE_SUPERVISE", "true").trim();
        if (!supervise.equalsIgnoreCase("true") && !supervise.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("ENTENTE_SUPERVISE='" + supervise + "' is neither true nor false");
        }
        return new SupervisionSettings(Boolean.parseBoolean(supervise), DEFAULTS.checkEvery(),
                seconds(env, "ENTENTE_LIVENESS_TIMEOUT_SECONDS", DEFAULTS.livenessTimeout()),
                seconds(env, "ENTENTE_STARTUP_TIMEOUT_SECONDS", DEFAULTS.startupTimeout()),
                seconds(env, "ENTENTE_RESTART_BACKOFF_SECONDS", DEFAULTS.backoffInitial()),
                seconds(env, "ENTENTE_RESTART_BACKOFF_MAX_SECONDS", DEFAULTS.backoffMax()),
                DEFAULTS.backoffReset());
    }

    private static Duration seconds(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long s = Long.parseLong(value.trim());
            if (s < 1 || s > 86_400) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "='" + value + "' is not a number of seconds (1-86400)");
        }
    }
}
