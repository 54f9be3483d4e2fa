package org.entente.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
        out.println("  Admin token    " + adminTokenWhere());
        Properties supervision = supervision();
        if (supervision == null) {
            out.println("  Supervision    off (ENTENTE_SUPERVISE=false) or not started yet");
        }
        boolean allReady = true;
        for (ServiceSpec spec : started(ports)) {
            int port = Integer.parseInt(ports.getProperty(spec.name(), String.valueOf(spec.port())));
            boolean ready = ServiceProcess.isReady(port);
            allReady &= ready;
            out.printf("  %-18s http://localhost:%d  %-9s%s%n", spec.name(), port, ready ? "READY" : "NOT READY",
                    supervision == null ? "" : "  " + supervised(supervision, spec.name()));
        }
        return allReady;
    }

    /**
     * The services of the settings, and the nlp-service replicas the running launcher started (written to the
     * ports file by {@code ./entente up --nlp-replicas N}; status itself is run without the option).
     */
    List<ServiceSpec> started(Properties ports) {
        List<ServiceSpec> specs = new ArrayList<>(settings.services());
        ServiceSpec nlp = settings.service("nlp-service");
        for (int r = 2; r <= LaunchSettings.MAX_NLP_REPLICAS; r++) {
            String name = nlp.name() + "-" + r;
            String port = ports.getProperty(name);
            if (port != null && specs.stream().noneMatch(s -> s.name().equals(name))) {
                specs.add(nlp.replica(r, Integer.parseInt(port)));
            }
        }
        return specs;
    }

    /** "pid 123 restarts 2 (last 2026-...Z: liveness DOWN for 31 s)" from the supervisor's file. */
    static String supervised(Properties p, String service) {
        String restarts = p.getProperty(service + ".restarts", "0");
        StringBuilder line = new StringBuilder("pid " + p.getProperty(service + ".pid", "?") + "  restarts " + restarts);
        String reason = p.getProperty(service + ".last-reason");
        if (reason != null) {
            line.append(" (last ").append(p.getProperty(service + ".last-restart", "pending")).append(": ").append(reason)
                    .append(')');
        }
        return line.toString();
    }

    private Properties supervision() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(settings.supervisionFile())) {
            p.load(r);
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    /** Where the token is, never the token. */
    private String adminTokenWhere() {
        if (settings.adminTokenFromEnvironment() != null) {
            return "from " + AdminToken.VARIABLE + " (if the launcher was started with it)";
        }
        java.nio.file.Path file = settings.stateDir().resolve(AdminToken.FILE_NAME);
        return Files.isRegularFile(file)
                ? settings.home().relativize(file) + "  (curl -H \"Authorization: Bearer $(cat "
                        + settings.home().relativize(file) + ")\" ...)"
                : "none yet (generated by ./entente up, or set " + AdminToken.VARIABLE + ")";
    }
}
