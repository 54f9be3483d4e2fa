package org.entente.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.util.Properties;

/** {@code ./entente status}: whether the launcher runs and which parts answer. */
final class StatusReport {

    private final LaunchSettings settings;
    private final PrintStream out;

    StatusReport(LaunchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    static void writePorts(LaunchSettings settings, EntenteStack stack) throws IOException {
        Properties p = new Properties();
        p.setProperty("kafka", stack.bootstrapServers());
        p.setProperty("postgres", stack.jdbcUrl());
        for (ServiceProcess s : stack.services()) {
            p.setProperty(s.name(), String.valueOf(s.port()));
        }
        try (Writer w = Files.newBufferedWriter(settings.portsFile())) {
            p.store(w, "what ./entente up started");
        }
    }

    static void deletePorts(LaunchSettings settings) {
        try {
            Files.deleteIfExists(settings.portsFile());
        } catch (IOException e) {
            // only used by status
        }
    }

    /** Prints the status; true when the launcher runs and every service is ready. */
    boolean print() {
        Long pid = PidFile.runningPid(settings.pidFile());
        if (pid == null) {
            out.println("Entente is not running (no live launcher in " + settings.home().relativize(settings.pidFile()) + ").");
            return false;
        }
        Properties ports = new Properties();
        try (Reader r = Files.newBufferedReader(settings.portsFile())) {
            ports.load(r);
        } catch (IOException e) {
            out.println("Entente launcher pid " + pid + " is starting (nothing ready yet).");
            return false;
        }
        out.println("Entente launcher pid " + pid);
        out.println("  Kafka          " + ports.getProperty("kafka"));
        out.println("  PostgreSQL     " + ports.getProperty("postgres"));
        boolean allReady = true;
        for (ServiceSpec spec : settings.services()) {
            int port = Integer.parseInt(ports.getProperty(spec.name(), String.valueOf(spec.port())));
            boolean ready = ServiceProcess.isReady(port);
            allReady &= ready;
            out.printf("  %-18s http://localhost:%d  %s%n", spec.name(), port, ready ? "READY" : "NOT READY");
        }
        return allReady;
    }
}
