package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureCpuTest {

    @TempDir
    Path dir;

    @Test
    void postgresCountsThePostmasterItsReapedChildrenAndItsLiveChildrenOnly() throws IOException {
        Path proc = dir.resolve("proc");
        // pid ppid utime stime cutime cstime: the postmaster 100 (ppid 1), two backends, a process of someone else
        stat(proc, 100, 1, 30, 10, 500, 70);
        stat(proc, 101, 100, 200, 40, 9, 9);
        stat(proc, 102, 100, 5, 1, 0, 0);
        stat(proc, 200, 1, 1000, 1000, 0, 0);
        stat(proc, 201, 101, 3000, 0, 0, 0);
        Files.createDirectories(proc.resolve("self"));

        // own 40, reaped children 570, live children 240 + 6: not 201 (a grandchild) nor 200, nor their cutime
        assertThat(InfrastructureCpu.processTreeTicks(proc, 100)).isEqualTo(40 + 570 + 240 + 6);
    }

    @Test
    void theProbesProcessCountsItsOwnTicksAndNothingOnceGone() throws IOException {
        Path proc = dir.resolve("proc");
        stat(proc, 101, 100, 200, 40, 9, 9);

        assertThat(InfrastructureCpu.processTicks(proc, 101)).isEqualTo(240);
        assertThat(InfrastructureCpu.processTicks(proc, 102)).isZero();
    }

    @Test
    void thePostmasterIsTheFirstLineOfItsPidFile() throws IOException {
        Files.writeString(dir.resolve("postmaster.pid"), "4242\n/data/postgres\n1733500000\n15432\n");

        assertThat(InfrastructureCpu.postmasterPid(dir)).isEqualTo(4242);
    }

    @Test
    void theBrokersThreadsAreToldFromItsClientsAndTheBenchs() {
        assertThat(InfrastructureCpu.isBrokerThread("data-plane-kafka-request-handler-3")).isTrue();
        assertThat(InfrastructureCpu.isBrokerThread("data-plane-kafka-network-thread-1-PLAINTEXT-PLAINTEXT-0")).isTrue();
        assertThat(InfrastructureCpu.isBrokerThread("kafka-1-raft-io-thread")).isTrue();
        assertThat(InfrastructureCpu.isBrokerThread("kafka-scheduler-7")).isTrue();
        assertThat(InfrastructureCpu.isBrokerThread("group-coordinator-event-processor-2")).isTrue();
        assertThat(InfrastructureCpu.isBrokerThread("ExpirationReaper-1-Produce")).isTrue();
        assertThat(InfrastructureCpu.isBrokerThread("quorum-controller-1-event-handler")).isTrue();

        assertThat(InfrastructureCpu.isBrokerThread("kafka-producer-network-thread | producer-1")).isFalse();
        assertThat(InfrastructureCpu.isBrokerThread("kafka-coordinator-heartbeat-thread | bench")).isFalse();
        assertThat(InfrastructureCpu.isBrokerThread("kafka-admin-client-thread | adminclient-1")).isFalse();
        assertThat(InfrastructureCpu.isBrokerThread("main")).isFalse();
        assertThat(InfrastructureCpu.isBrokerThread("HttpClient-1-Worker-0")).isFalse();
        assertThat(InfrastructureCpu.isBrokerThread(null)).isFalse();
    }

    @Test
    void theBrokersThreadsInThisJvmAreCountedAndNoOtherThreads() throws Exception {
        long before = InfrastructureCpu.brokerNanos();
        Thread other = new Thread(InfrastructureCpuTest::spin, "not-the-broker");
        other.start();
        other.join();
        assertThat(InfrastructureCpu.brokerNanos()).isEqualTo(before);

        java.util.concurrent.CountDownLatch spun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch measured = new java.util.concurrent.CountDownLatch(1);
        Thread broker = new Thread(() -> {
            spin();
            spun.countDown();
            try {
                measured.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "data-plane-kafka-request-handler-0");
        broker.start();
        spun.await();
        assertThat(InfrastructureCpu.brokerNanos() - before).isGreaterThan(10_000_000L);
        measured.countDown();
        broker.join();
    }

    private static void spin() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long x = 0;
        while (threads.getCurrentThreadCpuTime() - start < 50_000_000L) {
            x += System.nanoTime() % 7;
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    private static void stat(Path proc, long pid, long ppid, long utime, long stime, long cutime, long cstime)
            throws IOException {
        Path d = Files.createDirectories(proc.resolve(String.valueOf(pid)));
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
        Files.writeString(d.resolve("stat"), pid + " (postgres: x) S " + ppid + " 1 1 0 -1 4194560 10 0 0 0 " + utime + " "
                + stime + " " + cutime + " " + cstime + " 20 0 1 0 100 1000 10\n");
    }
}
