package org.entente.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A drill starts from fresh state: its own directory under target/ is removed first. */
final class DrillFiles {

    private DrillFiles() {
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!dir.toAbsolutePath().normalize().toString().contains("/target/")) {
            throw new IOException("refusing to delete " + dir + ": drill state lives under a target/ directory");
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
