package org.entente.embedded;

import java.nio.file.Path;
import java.util.List;

/** One Entente service as the launcher runs it. */
public record ServiceSpec(String name, int port, String maxHeap) {

    public Path runJar(Path home) {
        return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public List<String> jvmArgs() {
        return List.of("-Xmx" + maxHeap);
    }

    public String url() {
        return "http://localhost:" + port;
    }
}
