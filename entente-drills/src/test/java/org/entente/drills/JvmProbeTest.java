package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
