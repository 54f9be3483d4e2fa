package org.entente.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The deploy module's paths, and each overlay rendered once per test JVM. */
final class RenderedOverlays {

    static final List<String> OVERLAYS = List.of("dev", "prod", "external");

    private static final Map<String, List<Manifest>> RENDERED = new ConcurrentHashMap<>();
    private static volatile SchemaCatalog catalog;

    private RenderedOverlays() {
    }

    static Path deployDir() {
        Path dir = Path.of(System.getProperty("entente.deploy.dir", ".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("k8s"))) {
            throw new IllegalStateException("no k8s/ under " + dir + "; run the tests from the deploy module");
        }
        return dir;
    }

    static Path overlayDir(String overlay) {
        return deployDir().resolve("k8s/overlays").resolve(overlay);
    }

    static List<Manifest> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> KustomizeRenderer.fromEnvironment().render(overlayDir(o)));
    }

    static SchemaCatalog catalog() {
        if (catalog == null) {
            synchronized (RenderedOverlays.class) {
                if (catalog == null) {
                    catalog = SchemaCatalog.load();
                }
            }
        }
        return catalog;
    }
}
