package org.entente.embedded;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Checks every service every {@code checkEvery} on a thread of its own and restarts those the
 * {@link RestartPolicy} gives up on. Writes what it saw to {@code statusFile} (for {@code ./entente
 * status}) and reports restarts to {@code report}. Closed before the services are stopped, so a
 * stop is never taken for a crash.
 */
public final class Supervisor implements AutoCloseable {

    private final SupervisionSettings settings;
    private final List<SupervisedService> services;
    private final Consumer<String> report;
    private final Path statusFile;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "entente-supervisor");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    /** @param statusFile where status is written, or null */
    public Supervisor(SupervisionSettings settings, List<SupervisedService> services, Consumer<String> report,
            Path statusFile) {
        this.settings = settings;
        this.services = List.copyOf(services);
        this.report = report;
        this.statusFile = statusFile;
    }

    public void start() {
        writeStatus();
        long every = settings.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::checkAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** One round over every service; synchronized with {@link #close()} so no restart runs past it. */
    synchronized void checkAll() {
        if (closed) {
            return;
        }
        try {
            for (SupervisedService s : services) {
                String line = s.check(System.currentTimeMillis());
                if (line != null) {
                    report.accept(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + line);
                }
            }
            writeStatus();
        } catch (RuntimeException e) {
            // The supervisor must outlive whatever one check throws.
            report.accept("supervisor check failed: " + e);
        }
    }

    public List<SupervisedService> services() {
        return services;
    }

    /** Restarts over every service since the start. */
    public int restarts() {
        return services.stream().mapToInt(SupervisedService::restarts).sum();
    }

    private void writeStatus() {
        if (statusFile == null) {
            return;
        }
        Properties p = new Properties();
        for (SupervisedService s : services) {
            p.setProperty(s.name() + ".pid", String.valueOf(s.process().pid()));
            p.setProperty(s.name() + ".restarts", String.valueOf(s.restarts()));
            if (s.lastReason() != null) {
                p.setProperty(s.name() + ".last-reason", s.lastReason());
            }
            if (s.lastRestartAt() > 0) {
                p.setProperty(s.name() + ".last-restart", Instant.ofEpochMilli(s.lastRestartAt()).toString());
            }
        }
        try {
            Path tmp = statusFile.resolveSibling(statusFile.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "written by the launcher's supervisor every check");
            }
            Files.move(tmp, statusFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only status reads it; the next check writes again.
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        timer.shutdownNow();
    }
}
