package org.entente.embedded;

import java.nio.file.Path;
import java.util.List;

/**
 * One Entente service process as the launcher runs it.
 *
 * @param name the process's name (its log file, status line and supervision key): the module's name, or
 *        {@code nlp-service-2} and on for more nlp-service replicas
 * @param module the Maven module whose packaged jar runs
 * @param jvmOptions JVM options after {@code -Xmx} (the garbage collector's settings of nlp-service)
 */
public record ServiceSpec(String name, int port, String maxHeap, String module, List<String> jvmOptions) {

    public ServiceSpec {
        jvmOptions = List.copyOf(jvmOptions);
    }

    public ServiceSpec(String name, int port, String maxHeap) {
        this(name, port, maxHeap, name, List.of());
    }

    public ServiceSpec(String name, int port, String maxHeap, List<String> jvmOptions) {
        this(name, port, maxHeap, name, jvmOptions);
    }

    public Path runJar(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public List<String> jvmArgs() {
        List<String> args = new java.util.ArrayList<>(List.of("-Xmx" + maxHeap));
        args.addAll(jvmOptions);
        return List.copyOf(args);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Replica {@code r} (2, 3, ...) of this service: same jar, heap and options, its own name and port. */
    public ServiceSpec replica(int r, int replicaPort) {
        return new ServiceSpec(module + "-" + r, replicaPort, maxHeap, module, jvmOptions);
    }
}
