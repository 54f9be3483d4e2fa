package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JfrSummaryTest {

    private static final List<String> PRINTED = List.of(
            "jdk.ThreadPark {",
            "  startTime = 08:07:01.123 (2026-12-04)",
            "  duration = 1.50 s",
            "  eventThread = \"vert.x-worker-thread-3\" (javaThreadId = 61)",
            "  parkedClass = java.util.concurrent.CompletableFuture$Signaller",
            "  stackTrace = [",
            "    jdk.internal.misc.Unsafe.park(boolean, long)",
            "    java.util.concurrent.CompletableFuture.get(long, TimeUnit) line: 2095",
            "    org.entente.nlp.messaging.EventPublisher.publishAll(String, List) line: 61",
            "    ...",
            "  ]",
            "}",
            "jdk.JavaMonitorEnter {",
            "  duration = 20.0 ms",
            "  eventThread = \"vert.x-worker-thread-7\" (javaThreadId = 64)",
            "  stackTrace = [",
            "    edu.stanford.nlp.pipeline.AnnotatorPool.get(String) line: 1",
            "    org.entente.nlp.extraction.StagedAnnotator.tag(String, List) line: 2",
            "  ]",
            "}",
            "jdk.ThreadPark {",
            "  duration = 5.00 s",
            "  eventThread = \"executor-thread-1\" (javaThreadId = 70)",
            "  stackTrace = [",
            "    jdk.internal.misc.Unsafe.park(boolean, long)",
            "    java.util.concurrent.ThreadPoolExecutor.getTask() line: 1",
            "  ]",
            "}");

    @Test
    void readsTypeThreadDurationAndStack() {
        List<JfrSummary.Event> events = JfrSummary.parse(PRINTED);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).type()).isEqualTo("ThreadPark");
        assertThat(events.get(0).thread()).isEqualTo("vert.x-worker-thread-3");
        assertThat(events.get(0).millis()).isEqualTo(1500.0);
        assertThat(events.get(0).frames()).hasSize(3);
        assertThat(events.get(1).millis()).isEqualTo(20.0);
    }

    @Test
    void waitsCountOnlyThoseInEntentesCodeAndNameTheLibraryFrame() {
        List<String> lines = JfrSummary.waits(JfrSummary.parse(PRINTED));
        assertThat(String.join("\n", lines)).contains("1.5 s in all")
                .contains(
                        "| ThreadPark: `java.util.concurrent.CompletableFuture.get` in `org.entente.nlp.messaging.EventPublisher.publishAll` | 1.5 |")
                .doesNotContain("getTask")
                .contains(
                        "| JavaMonitorEnter: in `edu.stanford.nlp.pipeline.AnnotatorPool.get` from `org.entente.nlp.extraction.StagedAnnotator.tag` | 0.0 |");
    }

    @Test
    void foldsThreadNumbersAndReadsDurations() {
        assertThat(JfrSummary.threadGroup("vert.x-worker-thread-12")).isEqualTo("vert.x-worker-thread-N");
        assertThat(JfrSummary.millis("850 us")).isEqualTo(0.85);
        assertThat(JfrSummary.millis("12.5 ms")).isEqualTo(12.5);
        assertThat(LoadAverage.parse("31.07 19.55 11.41 9/1234 5678\n")).isEqualTo(31.07);
    }
}
