package org.entente.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus service ({@code quarkus-app/quarkus-run.jar}) run as a child JVM, its output
 * in a log file, ready when {@code /q/health/ready} answers UP.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts {@code java <jvmArgs> -jar runJar}; {@code QUARKUS_HTTP_PORT} is set to {@code port}
     * on top of {@code env}.
     */
    public static ServiceProcess start(String name, Path runJar, int port, Map<String, String> env,
            List<String> jvmArgs, Path logFile) throws IOException {
        if (!Files.isRegularFile(runJar)) {
            throw new IOException(name + ": " + runJar + " is missing; build it with ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(runJar.toAbsolutePath().toString());
        return start(name, command, runJar.toAbsolutePath().getParent(), port, env, logFile);
    }

    /** Starts any command that serves Quarkus-style health on {@code port} (tests use a small stub). */
    public static ServiceProcess start(String name, List<String> command, Path workDir, int port, Map<String, String> env,
            Path logFile) throws IOException {
        Ports.requireFree(port, name);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(name, port, logFile, builder.start());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process has ended, else null. */
    public Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    /** Waits until readiness answers UP; fails early when the process exits. */
    public void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + " before it was ready; see "
                        + logFile + "\n" + firstError() + tail(12));
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IOException(name + " was not ready within " + timeout.toSeconds() + " s; see " + logFile + "\n" + tail(20));
    }

    public boolean isReady() {
        return isReady(port);
    }

    /** Whether liveness ({@code /q/health/live}) answers UP: what a Kubernetes liveness probe asks. */
    public boolean isLive() {
        return answersUp(port, "/q/health/live");
    }

    /** Whether whatever listens on {@code port} answers Quarkus readiness with UP. */
    public static boolean isReady(int port) {
        return answersUp(port, "/q/health/ready");
    }

    private static boolean answersUp(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first ERROR line of the log (usually the cause), or nothing. */
    private String firstError() {
        try (var lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("ERROR")).findFirst().map(l -> l + "\n...\n").orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    /** The last lines of the log, for error messages. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully; a kill after {@code grace}. */
    public void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
