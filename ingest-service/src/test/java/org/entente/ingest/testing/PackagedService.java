package org.entente.ingest.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.embedded.Ports;
import org.entente.embedded.ServiceProcess;
import org.entente.testinfra.Endpoints;

/** The packaged ingest-service ({@code target/quarkus-app}) as a child JVM against the shared broker and database. */
public final class PackagedService {

    public static final Path RUN_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private PackagedService() {
    }

    /** Starts it and waits for readiness; {@code settings} are extra environment variables. */
    public static ServiceProcess start(Endpoints infra, Map<String, String> settings, Path log) throws IOException {
        Map<String, String> env = new HashMap<>(infra.asEnvironment());
        env.put("ENTENTE_INGEST_SEED_DEFAULT_FEEDS", "false");
        env.put("ENTENTE_INGEST_MIN_POLL_SECONDS", "1");
        env.put("ENTENTE_INGEST_SCHEDULER_TICK", "1s");
        env.put("ENTENTE_INGEST_SCHEDULER_INITIAL_DELAY", "0s");
        // The packaged jar runs the prod profile: give it the test token and let it fetch from 127.0.0.1.
        env.put("ENTENTE_ADMIN_TOKEN", org.entente.auth.AdminAccess.TEST_TOKEN);
        env.put("ENTENTE_INGEST_FEEDS_ALLOW_LOOPBACK", "true");
        env.putAll(settings);
        ServiceProcess service = ServiceProcess.start("ingest-service", RUN_JAR, Ports.free(), env,
                List.of("-Xmx512m"), log);
        service.awaitReady(Duration.ofMinutes(4));
        return service;
    }

    /** SIGKILL: no shutdown hook runs, as in a crash or an OOM kill. */
    public static void kill(ServiceProcess service) {
        ProcessHandle.of(service.pid()).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }
}
