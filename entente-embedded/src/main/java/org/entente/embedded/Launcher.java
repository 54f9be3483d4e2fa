package org.entente.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ./entente up|status}: runs the whole of Entente on one machine, in the foreground, until
 * Ctrl-C or {@code ./entente down} (which sends this JVM SIGTERM).
 */
public final class Launcher {

    static final String READY_LINE = "Entente is up.";
    private static final Duration FEED_CHECK_DELAY = Duration.ofSeconds(30);

    private final LaunchSettings settings;
    private final PrintStream out;
    private volatile boolean stopping;
    private volatile Supervisor supervisor;

    private Launcher(LaunchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("entente.home", "."));
        String command = args.length == 0 ? "up" : args[0];
        List<String> options = java.util.Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            LaunchSettings settings = LaunchSettings.fromEnvironment(home, System.getenv(), options.contains("--sample"),
                    nlpReplicas(options));
            switch (command) {
                case "up" -> new Launcher(settings, System.out).up();
                case "status" -> System.exit(new StatusReport(settings, System.out).print() ? 0 : 3);
                default -> {
                    System.err.println("usage: entente up [--sample] [--nlp-replicas N] [--detach] | down | status");
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("entente: " + e.getMessage());
            System.exit(2);
        }
    }

    /** {@code --nlp-replicas N}: N nlp-service processes in one consumer group (1 without the option). */
    static int nlpReplicas(List<String> options) {
        int at = options.indexOf("--nlp-replicas");
        if (at < 0) {
            return 1;
        }
        if (at + 1 >= options.size()) {
            throw new IllegalArgumentException("--nlp-replicas needs a number");
        }
        try {
            return Integer.parseInt(options.get(at + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--nlp-replicas '" + options.get(at + 1) + "' is not a number");
        }
    }

    private void up() throws Exception {
        Long running = PidFile.runningPid(settings.pidFile());
        if (running != null) {
            out.println("Entente is already running (launcher pid " + running + "). Use ./entente status or ./entente down.");
            System.exit(1);
        }
        Files.createDirectories(settings.logDir());
        InfrastructureLog.to(settings.logDir().resolve("infrastructure.log"));
        EntenteStack stack = new EntenteStack(settings, out);
        try {
            stack.checkPrerequisites();
        } catch (Ports.PortInUseException | IOException e) {
            out.println("Cannot start: " + e.getMessage());
            System.exit(1);
        }
        PidFile.write(settings.pidFile());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack), "entente-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            out.println("Cannot start: " + e.getMessage());
            out.println("Logs are in " + settings.logDir());
            System.exit(1);
        }
        long startedAt = System.nanoTime();
        StatusReport.writePorts(settings, stack);
        supervise(stack);
        new UpBanner(settings, stack, out).print();
        if (settings.sample()) {
            loadSample(stack.adminToken());
        }
        sleepUntil(startedAt + FEED_CHECK_DELAY.toNanos());
        out.println(new FeedCheck(settings.service("ingest-service").url(), stack.adminToken()).report());
        watch(stack);
    }

    private void loadSample(String adminToken) {
        Path samples = settings.home().resolve("samples/articles.jsonl");
        if (!Files.isRegularFile(samples)) {
            out.println("--sample: " + samples + " does not exist, so no sample articles were loaded.");
            return;
        }
        Path rules = settings.home().resolve("samples/alert-rules.json");
        if (Files.isRegularFile(rules)) {
            try {
                int created = new SampleAlertRules(settings.service("relations-service").url(), adminToken).create(rules);
                out.println("--sample: created " + created + " demo alert rules from samples/alert-rules.json "
                        + "(alerts show on the dashboard and at /api/v1/alerts/stream).");
            } catch (IOException e) {
                out.println("--sample: creating the demo alert rules failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try {
            SampleLoader.Result result = new SampleLoader(settings.service("ingest-service").url(), adminToken).load(samples);
            out.println("--sample: sent " + result.sent() + " articles from samples/articles.jsonl: "
                    + result.accepted() + " accepted, " + result.duplicates() + " already known. Ties appear at "
                    + settings.service("relations-service").url() + "/api/v1/ties?nation=SAU as nlp-service reads them.");
        } catch (IOException e) {
            out.println("--sample: loading failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Restarts a service whose process exits or whose liveness stays DOWN (docs/operations.md,
     * "Supervision"); {@code ENTENTE_SUPERVISE=false} only reports such a service, once.
     */
    private void supervise(EntenteStack stack) {
        SupervisionSettings supervision = settings.supervision();
        if (!supervision.enabled()) {
            out.println("Supervision is off (ENTENTE_SUPERVISE=false): a service that stops stays stopped.");
            return;
        }
        Supervisor s = new Supervisor(supervision, stack.supervised(supervision), out::println, settings.supervisionFile());
        s.start();
        supervisor = s;
    }

    /** Runs until stopped; without supervision, says so once when a service dies on its own. */
    private void watch(EntenteStack stack) throws InterruptedException {
        Set<String> reported = new HashSet<>();
        while (true) {
            Thread.sleep(5_000);
            for (ServiceProcess s : stack.services()) {
                if (supervisor == null && !stopping && !s.isAlive() && reported.add(s.name())) {
                    out.println(s.name() + " stopped unexpectedly; see " + settings.home().relativize(s.logFile()));
                }
            }
        }
    }

    private void stop(EntenteStack stack) {
        stopping = true;
        out.println("Stopping Entente...");
        Supervisor s = supervisor;
        if (s != null) {
            s.close();
        }
        stack.close();
        PidFile.delete(settings.pidFile());
        StatusReport.deletePorts(settings);
        PidFile.delete(settings.supervisionFile());
        out.println("Entente stopped.");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000);
        }
    }
}
