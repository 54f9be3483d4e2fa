package org.entente.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code .entente/launcher.pid}: how {@code ./entente down} and {@code status} find the launcher. */
final class PidFile {

    private PidFile() {
    }

    static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ProcessHandle.current().pid() + "\n");
    }

    /** The pid in the file if that process still runs, else null (a stale file is ignored). */
    static Long runningPid(Path file) {
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> pid).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stale pid file is ignored by the next start.
        }
    }
}
