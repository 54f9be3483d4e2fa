package org.entente.embedded;

import java.nio.file.Path;
import java.util.List;

/**
 * One Entente service process as the launcher runs it.
 *
 * @param name the process's name (its log file, status line and supervision key): the module's name, or
 *        {@code nlp-service-2} and on for more nlp-service replicas
 * @param module the Maven module whose packaged jar runs
 */
public record ServiceSpec(String name, int port, String maxHeap, String module) {

    public ServiceSpec(String name, int port, String maxHeap) {
        this(name, port, maxHeap, name);
    }

    public Path runJar(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public List<String> jvmArgs() {
        return List.of("-Xmx" + maxHeap);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Replica {@code r} (2, 3, ...) of this service: same jar and heap, its own name and port. */
    public ServiceSpec replica(int r, int replicaPort) {
        return new ServiceSpec(module + "-" + r, replicaPort, maxHeap, module);
    }
}
