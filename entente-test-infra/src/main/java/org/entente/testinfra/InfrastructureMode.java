package org.entente.testinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Which broker and database the tests get. */
enum InfrastructureMode {
    EMBEDDED,
    CONTAINERS;

    static final String SWITCH = "ENTENTE_TEST_INFRA";

    /**
     * {@code ENTENTE_TEST_INFRA} (system property or environment) wins; otherwise containers where a
     * Docker engine answers, embedded elsewhere.
     */
    static InfrastructureMode choose() {
        String forced = System.getProperty(SWITCH, System.getenv(SWITCH));
        if (forced != null && !forced.isBlank()) {
            try {
                return valueOf(forced.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(SWITCH + "='" + forced + "' is not understood; use embedded or containers",
                        e);
            }
        }
        return dockerAvailable() ? CONTAINERS : EMBEDDED;
    }

    private static boolean dockerAvailable() {
        if (!dockerMayExist()) {
            return false; // spares Testcontainers' loud probe on machines without any engine
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean dockerMayExist() {
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
    }
}
