package org.entente.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's one-minute load average ({@code /proc/loadavg}); the bench states it next to every figure. */
final class LoadAverage {

    private LoadAverage() {
    }

    /** NaN where /proc/loadavg cannot be read (not Linux). */
    static double oneMinute() {
        try {
            return parse(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double parse(String loadavg) {
        return Double.parseDouble(loadavg.trim().split("\\s+")[0]);
    }
}
