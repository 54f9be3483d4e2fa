package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmProbeTest {

    @Test
    void readsTheLiveBytesFromAClassHistogram() {
        String histogram = """
                12345:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:         16011        1203512  [B (java.base@17.0.15)
                 700:             1             16  sun.nio.fs.UnixFileAttributes (java.base@17.0.15)
                Total         59344        2831840
                """;
        assertThat(JvmProbe.liveBytes(histogram)).isEqualTo(2831840);
        assertThatThrownBy(() -> JvmProbe.liveBytes("Could not attach")).hasMessageContaining("no Total line");
    }

    @Test
    void readsRssAndThreadsFromProcStatus() {
        String status = "Name:\tjava\nVmRSS:\t  254012 kB\nThreads:\t56\n";
        assertThat(JvmProbe.field(status, "VmRSS")).isEqualTo(254012);
        assertThat(JvmProbe.field(status, "Threads")).isEqualTo(56);
    }

    @Test
    void sumsTheCpuOfTheJitCompilerThreadsOnly(@TempDir Path proc) throws IOException {
        // /proc/<pid>/task/<tid>/{comm,stat}: utime and stime are fields 14 and 15; a name may hold spaces and ")"
        task(proc, 11, "C2 CompilerThre", "11 (C2 CompilerThre) S 1 1 1 0 -1 0 0 0 0 0 700 50 0 0 20 0 1 0");
        task(proc, 12, "C1 CompilerThre", "12 (C1 CompilerThre) S 1 1 1 0 -1 0 0 0 0 0 200 30 0 0 20 0 1 0");
        task(proc, 13, "executor-thread", "13 (executor-thread) S 1 1 1 0 -1 0 0 0 0 0 9000 100 0 0 20 0 1 0");
        task(proc, 14, "G1 Conc#0", "14 (G1 Conc#0) S 1 1 1 0 -1 0 0 0 0 0 800 10 0 0 20 0 1 0");
        task(proc, 15, "a) b", "15 (a) b) S 1 1 1 0 -1 0 0 0 0 0 5 5 0 0 20 0 1 0");
        assertThat(JvmProbe.compilerCpuTicks(proc)).isEqualTo(700 + 50 + 200 + 30);
        assertThat(JvmProbe.ticksByThreadName(proc)).containsEntry("executor-thread", 9100L).containsEntry("a) b", 10L)
                .hasSize(5);
    }

    @Test
    void readsThisJvmsCompilerThreads() throws IOException {
        // the names HotSpot gives its compiler threads, as the kernel keeps them; this JVM has compiled its tests
        assertThat(JvmProbe.compilerCpuTicks(ProcessHandle.current().pid())).isPositive();
    }

    private static void task(Path proc, int tid, String comm, String stat) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(String.valueOf(tid)));
        Files.writeString(dir.resolve("comm"), comm + "\n");
        Files.writeString(dir.resolve("stat"), stat + "\n");
    }
}
