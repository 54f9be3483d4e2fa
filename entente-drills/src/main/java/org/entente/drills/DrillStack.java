package org.entente.drills;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.entente.embedded.EmbeddedKafka;
import org.entente.embedded.EmbeddedPostgres;
import org.entente.embedded.LaunchSettings;
import org.entente.embedded.Ports;
import org.entente.embedded.ServiceProcess;
import org.entente.embedded.SupervisedService;
import org.entente.embedded.SupervisionSettings;
import org.entente.embedded.Supervisor;

/**
 * Kafka, PostgreSQL and the three packaged services, composed from entente-embedded's parts so a
 * drill can kill a service and start it again, or stop the broker or the database and start it
 * again on the same data directory and port. Everything lives under {@code stateDir} and listens
 * on free ports, so a drill never touches a running {@code ./entente up}.
 */
public final class DrillStack implements AutoCloseable {

    public static final String RELATIONS = "relations-service";
    public static final String INGEST = "ingest-service";
    public static final String NLP = "nlp-service";
    /** nlp-service took 275 s to start at a load average of 50 (8 engineers building on 2 cores). */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    private static final Map<String, String> HEAPS = Map.of(RELATIONS, "384m", INGEST, "384m", NLP, "1g");
    /**
     * As the launcher runs nlp-service (LaunchSettings.NLP_GC_OPTIONS): CoreNLP's 720 MiB of models sit above G1's
     * default initiating occupancy, and each marking cycle traced them again (docs/reports/bench-2026-12-06-sp.md).
     */
    private static final Map<String, List<String>> GC_OPTIONS = Map.of(NLP,
            List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=85"));

    private final Path home;
    private final Path stateDir;
    private final PrintStream out;
    private final String adminToken;
    private final Map<String, String> extraEnvironment;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final int kafkaPort = Ports.free();
    private final int postgresPort = Ports.free();
    private final List<String> extraJvmArgs = new java.util.ArrayList<>();
    private final int nlpReplicas;
    private EmbeddedKafka kafka;
    private EmbeddedPostgres postgres;

    /**
     * @param extraEnvironment added to the services' environment (e.g. a setting under investigation);
     *        a key {@code nlp-service:NAME} goes to that service only (and its replicas; {@code nlp-service-2:NAME}
     *        to that replica only), a plain {@code NAME} to all
     */
    public DrillStack(Path home, Path stateDir, String adminToken, Map<String, String> extraEnvironment, PrintStream out) {
        this(home, stateDir, adminToken, extraEnvironment, out, 1);
    }

    /**
     * @param nlpReplicas nlp-service processes, all in consumer group {@code nlp-service} (the scale
     *        out): {@code nlp-service}, {@code nlp-service-2}, ... each on a port of its own
     */
    public DrillStack(Path home, Path stateDir, String adminToken, Map<String, String> extraEnvironment, PrintStream out,
            int nlpReplicas) {
        if (nlpReplicas < 1) {
            throw new IllegalArgumentException("at least one nlp-service, not " + nlpReplicas);
        }
        this.nlpReplicas = nlpReplicas;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        this.home = home.toAbsolutePath().normalize();
        this.stateDir = stateDir.toAbsolutePath().normalize();
        this.adminToken = adminToken;
        this.out = out;
        for (String name : serviceNames()) {
            ports.put(name, Ports.free());
        }
        // Ctrl-C or a SIGTERM to the drill must not leave service JVMs and PostgreSQL behind.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "drill-stack-stop"));
    }

    /** PostgreSQL, Kafka and its topics, then relations and ingest, then nlp (CoreNLP starves the others' start). */
    public void start() throws IOException {
        startPostgres();
        startKafka();
        EmbeddedKafka.createTopics(bootstrapServers(), LaunchSettings.TOPICS);
        startServices(List.of(RELATIONS, INGEST));
        startServices(nlpNames());
    }

    /** nlp-service's processes: {@code nlp-service}, then {@code nlp-service-2} and on for more replicas. */
    public List<String> nlpNames() {
        List<String> names = new java.util.ArrayList<>(List.of(NLP));
        for (int r = 2; r <= nlpReplicas; r++) {
            names.add(NLP + "-" + r);
        }
        return names;
    }

    /** Every process this stack runs, in start order. */
    public List<String> serviceNames() {
        List<String> names = new java.util.ArrayList<>(List.of(RELATIONS, INGEST));
        names.addAll(nlpNames());
        return names;
    }

    /** The module a process runs: {@code nlp-service-2} is a replica of {@code nlp-service}. */
    static String module(String name) {
        return name.startsWith(NLP + "-") ? NLP : name;
    }

    /** PostgreSQL's data directory: its {@code postmaster.pid} names the running postmaster. */
    public Path postgresDataDir() {
        return stateDir.resolve("postgres");
    }

    public void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start(postgresDataDir(), postgresPort);
        out.println("  PostgreSQL up on port " + postgresPort);
    }

    public void startKafka() throws IOException {
        kafka = EmbeddedKafka.start(stateDir.resolve("kafka"), kafkaPort);
        out.println("  Kafka up on port " + kafkaPort);
    }

    public void stopKafka() {
        kafka.close();
        kafka = null;
        out.println("  Kafka stopped");
    }

    public void stopPostgres() throws IOException {
        postgres.close();
        postgres = null;
        out.println("  PostgreSQL stopped");
    }

    /** JVM options added to every service started from now on (e.g. -XX:+ExitOnOutOfMemoryError). */
    public void addJvmArgs(List<String> args) {
        extraJvmArgs.addAll(args);
    }

    /** The -Xmx of a service, in MiB. */
    public static int heapLimitMiB(String name) {
        String heap = HEAPS.get(module(name));
        return heap.endsWith("g") ? Integer.parseInt(heap.replace("g", "")) * 1024 : Integer.parseInt(heap.replace("m", ""));
    }

    public void startServices(List<String> names) throws IOException {
        for (String name : names) {
            services.put(name, startProcess(name));
        }
        for (String name : names) {
            services.get(name).awaitReady(READY_TIMEOUT);
            out.println("  " + name + " ready on port " + ports.get(name) + " (pid " + services.get(name).pid() + ")");
        }
    }

    private ServiceProcess startProcess(String name) throws IOException {
        Path jar = home.resolve(module(name)).resolve("target/quarkus-app/quarkus-run.jar");
        List<String> jvm = new java.util.ArrayList<>(jvmOptions(name));
        jvm.addAll(extraJvmArgs);
        return ServiceProcess.start(name, jar, ports.get(name), environment(name), jvm,
                stateDir.resolve("logs").resolve(name + ".log"));
    }

    /** The heap limit and garbage collector settings a service starts with, before any drill's own options. */
    static List<String> jvmOptions(String name) {
        List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx" + HEAPS.get(module(name))));
        jvm.addAll(GC_OPTIONS.getOrDefault(module(name), List.of()));
        return jvm;
    }

    /**
     * Supervises the running services as {@code ./entente up} does (entente-embedded's {@link Supervisor}):
     * a restart starts the same jar on the same port and takes the old process's place here.
     */
    public Supervisor supervise(SupervisionSettings settings, java.util.function.Consumer<String> report) {
        long now = System.currentTimeMillis();
        List<SupervisedService> supervised = services.values().stream().map(p -> new SupervisedService(p,
                () -> startProcess(p.name()), restarted -> {
                    synchronized (this) {
                        services.put(restarted.name(), restarted);
                    }
                }, settings, now)).toList();
        Supervisor supervisor = new Supervisor(settings, supervised, report, null);
        supervisor.start();
        return supervisor;
    }

    /** kill -9: no shutdown hook, no graceful close of consumers, producers or transactions. */
    public void kill(String name) throws InterruptedException {
        ServiceProcess service = services.remove(name);
        ProcessHandle handle = ProcessHandle.of(service.pid()).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        out.println("  " + name + " killed (SIGKILL, pid " + service.pid() + ")");
        while (!Ports.isFree(ports.get(name))) {
            Thread.sleep(200);
        }
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        // named on the server (pg_stat_activity): the bench tells each service's share of PostgreSQL's CPU
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl() + "?ApplicationName=" + service);
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgres.PASSWORD);
        env.put("ENTENTE_ADMIN_TOKEN", adminToken);
        // Only the drill's own feeds on 127.0.0.1, polled often (a quarter-second tick: a feed still in flight on a
        // tick waits a quarter second more, not a whole poll interval), retried soon after a failure.
        env.put("ENTENTE_INGEST_SEED_DEFAULT_FEEDS", "false");
        env.put("ENTENTE_INGEST_FEEDS_ALLOW_LOOPBACK", "true");
        env.put("ENTENTE_INGEST_MIN_POLL_SECONDS", "1");
        env.put("ENTENTE_INGEST_SCHEDULER_TICK", "250ms");
        env.put("ENTENTE_INGEST_BACKOFF_INITIAL", "2s");
        env.put("ENTENTE_INGEST_BACKOFF_MAX", "10s");
        extraEnvironment.forEach((key, value) -> {
            int colon = key.indexOf(':');
            if (colon < 0) {
                env.put(key, value);
            } else if (key.substring(0, colon).equals(service) || key.substring(0, colon).equals(module(service))) {
                env.put(key.substring(colon + 1), value);
            }
        });
        return env;
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + EmbeddedPostgres.DATABASE;
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public Path stateDir() {
        return stateDir;
    }

    @Override
    public synchronized void close() {
        List<String> names = List.copyOf(services.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            services.get(names.get(i)).stop(Duration.ofSeconds(30));
        }
        services.clear();
        if (kafka != null) {
            stopKafka();
        }
        if (postgres != null) {
            try {
                stopPostgres();
            } catch (IOException e) {
                out.println("  PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
