package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor on a real child process ({@link LivenessStub}): killed, or DOWN, it comes back. */
class SupervisorTest {

    private static final SupervisionSettings FAST = new SupervisionSettings(true, Duration.ofMillis(200),
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMillis(300), Duration.ofSeconds(2),
            Duration.ofMinutes(10));

    @TempDir
    Path dir;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Supervisor supervisor;
    private SupervisedService service;

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (service != null) {
            service.process().stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aKilledProcessComesBackWithARestartCounted() throws Exception {
        startSupervised();
        long firstPid = service.process().pid();

        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();

        awaitTrue(() -> service.restarts() == 1 && service.process().pid() != firstPid && service.process().isLive());
        assertThat(service.lastReason()).isEqualTo("the process exited with code 137");
        assertThat(lines).anyMatch(l -> l.contains("stub (pid " + firstPid + ") the process exited with code 137"));
        awaitTrue(() -> restartsInStatusFile().equals("1"));
    }

    @Test
    void aServiceWhoseLivenessStaysDownIsKilledAndStartedAgain() throws Exception {
        startSupervised();
        long firstPid = service.process().pid();

        Files.createFile(dir.resolve("down"));
        awaitTrue(() -> !ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(service.lastReason()).startsWith("liveness DOWN for ");
        Files.delete(dir.resolve("down"));

        awaitTrue(() -> service.restarts() == 1 && service.process().pid() != firstPid && service.process().isLive());
    }

    private void startSupervised() throws IOException, InterruptedException {
        int port = Ports.free();
        SupervisedService.Starter starter = () -> ServiceProcess.start("stub", List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-cp", System.getProperty("java.class.path"), LivenessStub.class.getName()),
                dir, port, Map.of("STUB_DOWN_FILE", dir.resolve("down").toString()), dir.resolve("stub.log"));
        ServiceProcess first = starter.start();
        awaitTrue(first::isLive);
        service = new SupervisedService(first, starter, p -> {
        }, FAST, System.currentTimeMillis());
        supervisor = new Supervisor(FAST, List.of(service), lines::add, dir.resolve("supervision.properties"));
        supervisor.start();
    }

    private String restartsInStatusFile() {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(dir.resolve("supervision.properties"))) {
            p.load(r);
        } catch (IOException e) {
            return "unreadable";
        }
        return p.getProperty("stub.restarts", "missing");
    }

    /** Polls with a deadline (no fixed sleep decides the outcome). */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
