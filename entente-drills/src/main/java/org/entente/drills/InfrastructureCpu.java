package org.entente.drills;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CPU of what the three services stand on: the embedded Kafka broker and PostgreSQL. The bench counted only the
 * services, so its CPU an article left out the broker and the database (issue 17, lane tp3). The broker runs inside
 * the bench's own JVM, next to its feed servers and probes, so it is counted by its threads' names; PostgreSQL is a
 * postmaster (its pid in {@code postmaster.pid}) with a process for each connection and its workers, counted with the
 * children it has already reaped.
 */
public final class InfrastructureCpu {

    /**
     * The threads a KRaft broker and controller start (Kafka 4): request handlers, network threads, the raft and
     * metadata threads, schedulers, reapers and coordinators. Kafka's clients name theirs {@code kafka-producer-...},
     * {@code kafka-coordinator-heartbeat-thread ...} and {@code kafka-admin-client-thread ...}: not the broker's.
     */
    static final Pattern BROKER_THREAD = Pattern.compile("data-plane-kafka-.*|kafka-\\d+-.*|kafka-scheduler-\\d+"
            + "|kafka-log-cleaner-thread-\\d+|broker-\\d+-.*|controller-\\d+-.*|quorum-controller-.*|ExpirationReaper-.*"
            + "|group-coordinator-.*|share-coordinator-.*|share-group-lock-timeout-reaper|transaction-log-manager-\\d+"
            + "|TxnMarkerSenderThread-\\d+|AddPartitionsToTxnSenderThread-\\d+|LogDirFailureHandler"
            + "|raft-expiration-reaper|client-metrics-reaper|PersisterStateManager|persister-state-manager-reaper"
            + "|SensorExpiryThread|metrics-meter-tick-thread-\\d+");

    private InfrastructureCpu() {
    }

    static boolean isBrokerThread(String name) {
        return name != null && BROKER_THREAD.matcher(name).matches();
    }

    /**
     * CPU nanoseconds the broker's live threads in this JVM have used so far. A broker thread that ended takes its CPU
     * with it; the broker's threads live as long as the broker.
     */
    public static long brokerNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && isBrokerThread(info.getThreadName())) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    /**
     * Clock ticks (user + system) PostgreSQL has used so far: the postmaster's own, those of its children it reaped
     * (connections closed, workers ended) and those of its live children.
     *
     * @param dataDir the database's data directory, where {@code postmaster.pid} names the postmaster
     */
    public static long postgresTicks(Path dataDir) throws IOException {
        return processTreeTicks(Path.of("/proc"), postmasterPid(dataDir));
    }

    /** Clock ticks of the postmaster's children that ended and were reaped (connections closed, workers ended). */
    public static long reapedChildTicks(Path dataDir) throws IOException {
        String[] f = fields(Files.readString(Path.of("/proc", String.valueOf(postmasterPid(dataDir)), "stat"),
                StandardCharsets.UTF_8));
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** Clock ticks (user + system) one live process has used so far, 0 once it is gone. */
    public static long processTicks(long pid) throws IOException {
        return processTicks(Path.of("/proc"), pid);
    }

    static long processTicks(Path proc, long pid) throws IOException {
        try {
            String[] f = fields(Files.readString(proc.resolve(String.valueOf(pid)).resolve("stat"), StandardCharsets.UTF_8));
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (NoSuchFileException gone) {
            return 0;
        }
    }

    static long postmasterPid(Path dataDir) throws IOException {
        String first = Files.readString(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow(() -> new IOException("empty postmaster.pid in " + dataDir));
        return Long.parseLong(first.strip());
    }

    /** Ticks of a process with its reaped children (fields 14-17 of its stat) and the own ticks of its live children. */
    static long processTreeTicks(Path proc, long pid) throws IOException {
        String[] own = fields(Files.readString(proc.resolve(String.valueOf(pid)).resolve("stat"), StandardCharsets.UTF_8));
        long ticks = Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13])
                + Long.parseLong(own[14]);
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(entry.resolve("stat"), StandardCharsets.UTF_8);
                } catch (NoSuchFileException | java.nio.file.AccessDeniedException gone) {
                    continue; // a process that ended between the listing and the read, or not ours to read
                }
                String[] f = fields(stat);
                if (Long.parseLong(f[1]) == pid) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        }
        return ticks;
    }

    /** The fields after the ")" that ends the process name: state is [0], ppid [1], utime [11], stime [12]. */
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
