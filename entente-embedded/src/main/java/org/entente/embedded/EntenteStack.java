package org.entente.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running local Entente: Kafka, PostgreSQL and the three services. Stops in reverse order:
 * services last-started first, then Kafka, then PostgreSQL.
 */
public final class EntenteStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final LaunchSettings settings;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedKafka kafka;
    private EmbeddedPostgres postgres;
    private String bootstrapServers;
    private String jdbcUrl;
    private AdminToken adminToken;
    private Map<String, String> serviceEnvironment;

    public EntenteStack(LaunchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Checks the jars and every port first, so a missing build or a taken port fails before anything starts. */
    public void checkPrerequisites() throws IOException {
        for (ServiceSpec s : settings.services()) {
            if (!java.nio.file.Files.isRegularFile(s.runJar(settings.home()))) {
                throw new IOException(settings.home().relativize(s.runJar(settings.home()))
                        + " is missing; build with ./mvnw -DskipTests install");
            }
        }
        if (settings.externalKafka() == null) {
            Ports.requireFree(settings.kafkaPort(), "Kafka (ENTENTE_KAFKA_PORT)");
        }
        if (settings.externalJdbcUrl() == null) {
            Ports.requireFree(settings.postgresPort(), "PostgreSQL (ENTENTE_POSTGRES_PORT)");
        }
        for (ServiceSpec s : settings.services()) {
            String variable = "ENTENTE_" + s.module().replace("-service", "").toUpperCase() + "_PORT";
            Ports.requireFree(s.port(),
                    s.name() + " (" + variable + (s.name().equals(s.module()) ? "" : " + replica - 1") + ")");
        }
    }

    public void start() throws IOException {
        startPostgres();
        startKafka();
        out.println("Creating topics " + LaunchSettings.TOPICS.keySet() + " if missing");
        EmbeddedKafka.createTopics(bootstrapServers, LaunchSettings.TOPICS);
        Map<String, String> env = serviceEnvironment(adminTokenHolder());
        serviceEnvironment = env;
        // On two cores CoreNLP's model loading starves the other services' start-up (database pool
        // timeouts), so nlp-service starts once the light services are ready.
        List<ServiceSpec> light = settings.services().stream().filter(s -> !s.module().equals("nlp-service")).toList();
        startAndAwait(light, env);
        startAndAwait(settings.services().stream().filter(s -> s.module().equals("nlp-service")).toList(), env);
    }

    private void startAndAwait(List<ServiceSpec> specs, Map<String, String> env) throws IOException {
        List<ServiceProcess> started = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            out.println("Starting " + spec.name() + " on port " + spec.port());
            ServiceProcess process = startProcess(spec, env);
            synchronized (this) {
                services.add(process);
            }
            started.add(process);
        }
        for (ServiceProcess service : started) {
            service.awaitReady(READY_TIMEOUT);
            out.println("  " + service.name() + " is ready");
        }
    }

    private ServiceProcess startProcess(ServiceSpec spec, Map<String, String> env) throws IOException {
        return ServiceProcess.start(spec.name(), spec.runJar(settings.home()), spec.port(), env,
                spec.jvmArgs(), settings.logDir().resolve(spec.name() + ".log"));
    }

    /**
     * The started services under supervision: a restart starts the same jar on the same port with the
     * same environment, and the new process takes the old one's place (so {@link #close()} stops it).
     */
    public List<SupervisedService> supervised(SupervisionSettings supervision) {
        long now = System.currentTimeMillis();
        return services().stream().map(p -> new SupervisedService(p,
                () -> startProcess(settings.service(p.name()), serviceEnvironment), this::replace, supervision, now)).toList();
    }

    private synchronized void replace(ServiceProcess restarted) {
        services.replaceAll(p -> p.name().equals(restarted.name()) ? restarted : p);
    }

    private void startPostgres() throws IOException {
        if (settings.externalJdbcUrl() != null) {
            jdbcUrl = settings.externalJdbcUrl();
            out.println("PostgreSQL: using " + jdbcUrl + " (QUARKUS_DATASOURCE_JDBC_URL)");
            return;
        }
        out.println("Starting PostgreSQL on port " + settings.postgresPort() + " (data in .entente/postgres)");
        postgres = EmbeddedPostgres.start(settings.stateDir().resolve("postgres"), settings.postgresPort());
        jdbcUrl = postgres.jdbcUrl();
    }

    private void startKafka() throws IOException {
        if (settings.externalKafka() != null) {
            bootstrapServers = settings.externalKafka();
            out.println("Kafka: using " + bootstrapServers + " (KAFKA_BOOTSTRAP_SERVERS)");
            return;
        }
        out.println("Starting Kafka (KRaft) on port " + settings.kafkaPort() + " (data in .entente/kafka)");
        kafka = EmbeddedKafka.start(settings.stateDir().resolve("kafka"), settings.kafkaPort());
        bootstrapServers = kafka.bootstrapServers();
    }

    private Map<String, String> serviceEnvironment(AdminToken token) {
        Map<String, String> env = new HashMap<>();
        env.put(AdminToken.VARIABLE, token.value());
        // Feeds served on this machine are normal locally; private networks stay refused (SSRF) unless the operator says so.
        env.put("ENTENTE_INGEST_FEEDS_ALLOW_LOOPBACK", "true");
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        if (postgres != null) {
            env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgres.PASSWORD);
        }
        return env;
    }

    /**
     * The admin bearer token the services accept (send {@code Authorization: Bearer <token>} to feeds,
     * articles, alert rules and admin calls). Resolved on first use: ENTENTE_ADMIN_TOKEN, else
     * .entente/admin-token, else generated there.
     */
    public String adminToken() {
        try {
            return adminTokenHolder().value();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("admin token: " + e.getMessage(), e);
        }
    }

    /** The token with where it came from (for the banner: only a newly generated one is shown). */
    public synchronized AdminToken adminTokenHolder() throws IOException {
        if (adminToken == null) {
            adminToken = AdminToken.resolve(settings.adminTokenFromEnvironment(), settings.stateDir());
        }
        return adminToken;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public synchronized List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            ServiceProcess service = services.get(i);
            out.println("Stopping " + service.name());
            service.stop(Duration.ofSeconds(30));
        }
        services.clear();
        if (kafka != null) {
            out.println("Stopping Kafka");
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            out.println("Stopping PostgreSQL");
            try {
                postgres.close();
            } catch (IOException e) {
                out.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
