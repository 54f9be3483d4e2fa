package org.entente.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.embedded.Ports;
import org.entente.embedded.ServiceProcess;
import org.entente.testinfra.Endpoints;

/** The three packaged services as child processes on free ports, logs under target/e2e-logs. */
final class EntenteServices implements AutoCloseable {

    static final Path HOME = Path.of(System.getProperty("entente.home", "..")).toAbsolutePath().normalize();
    static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();

    private final List<ServiceProcess> started = new ArrayList<>();

    /** A fresh admin token per run, handed to the services as a Secret would be (ENTENTE_ADMIN_TOKEN). */
    final String adminToken = java.util.UUID.randomUUID().toString();

    ServiceProcess relations;
    ServiceProcess ingest;
    ServiceProcess nlp;

    /** Starts all three (consumers first) and waits until each is ready. */
    void start(Endpoints infra, Map<String, String> extraEnv) throws IOException {
        Map<String, String> env = new HashMap<>(infra.asEnvironment());
        env.put("ENTENTE_ADMIN_TOKEN", adminToken);
        // The test feed is served on 127.0.0.1, which production refuses (SSRF); the local launcher allows it too.
        env.put("ENTENTE_INGEST_FEEDS_ALLOW_LOOPBACK", "true");
        env.putAll(extraEnv);
        relations = start("relations-service", "384m", env);
        nlp = start("nlp-service", "1g", env);
        ingest = start("ingest-service", "384m", env);
        for (ServiceProcess s : started) {
            s.awaitReady(Duration.ofMinutes(4));
        }
    }

    private ServiceProcess start(String name, String heap, Map<String, String> env) throws IOException {
        ServiceProcess process = ServiceProcess.start(name, HOME.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                Ports.free(), env, List.of("-Xmx" + heap), LOGS.resolve(name + ".log"));
        started.add(process);
        return process;
    }

    /** The last lines of every log, for a failure message. */
    String tails() {
        StringBuilder text = new StringBuilder();
        for (ServiceProcess s : started) {
            text.append("\n==== ").append(s.name()).append(" (").append(s.logFile()).append(") ====\n").append(s.tail(40));
        }
        return text.toString();
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop(Duration.ofSeconds(30));
        }
    }
}
