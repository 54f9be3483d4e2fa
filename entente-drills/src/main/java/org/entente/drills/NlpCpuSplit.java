package org.entente.drills;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where nlp-service's CPU an article goes in the measured phase beside the extraction itself: its threads' CPU by kind
 * ({@code /proc/<pid>/task}: workers, garbage collector, JIT, Kafka clients, ...), and JFR's execution samples of the
 * workers in the same window, inside the extraction (CoreNLP or the rules on the stack) or not, the rest by the first
 * Entente frame. The process's CPU alone (29 ms an article against the extractor's 20 ms in a JVM of its own, lead's
 * bench of 95645ab) did not say which of them the other 9 ms were.
 */
final class NlpCpuSplit {

    static final String WORKERS = "extraction workers (`executor-thread`)";
    static final String GC = "garbage collector (`GC Thread`, `G1 ...`)";
    static final String JIT = "JIT compiler (`C1/C2 CompilerThread`)";
    static final String CONSUMERS = "SmallRye's Kafka threads (`smallrye-kafka-consumer-thread`: the polling loops; "
            + "`-producer-thread`)";
    static final String KAFKA = "Kafka producer and coordinator threads";
    static final String VERTX = "Vert.x event loops (HTTP: the bench's metrics scrapes)";
    static final String VM = "`VM Thread` (safepoints), JFR";
    static final String OTHER = "other threads";
    private static final List<String> KINDS = List.of(WORKERS, GC, JIT, CONSUMERS, KAFKA, VERTX, VM, OTHER);

    private static final String EXTRACTION = "org.entente.nlp.extraction.";
    private static final String CORENLP = "edu.stanford.nlp.";
    private static final String OWN = "org.entente.";

    private NlpCpuSplit() {
    }

    /** The kind of a thread by the name the kernel keeps (15 characters). */
    static String kind(String threadName) {
        if (threadName.startsWith("executor-thread")) {
            return WORKERS;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
            return GC;
        }
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (threadName.startsWith("smallrye-kafka-")) {
            // smallrye-kafka-consumer-thread-N and -producer-thread-N: the kernel keeps 15 characters, the same for both
            return CONSUMERS;
        }
        if (threadName.contains("kafka")) {
            return KAFKA;
        }
        if (threadName.startsWith("vert.x-")) {
            return VERTX;
        }
        if (threadName.startsWith("VM ") || threadName.startsWith("JFR ")) {
            return VM;
        }
        return OTHER;
    }

    /** CPU ticks so far of the live threads of the processes, summed by kind. */
    static Map<String, Long> ticksByKind(List<Long> pids) throws IOException {
        Map<String, Long> byKind = new HashMap<>();
        for (long pid : pids) {
            JvmProbe.ticksByThreadName(pid).forEach((name, ticks) -> byKind.merge(kind(name), ticks, Long::sum));
        }
        return byKind;
    }

    /** The workers' execution samples in a window: inside the extraction, and the rest by where they were. */
    record WorkerSamples(int inExtraction, Map<String, Integer> outside) {

        int total() {
            return inExtraction + outside.values().stream().mapToInt(Integer::intValue).sum();
        }

        double extractionShare() {
            return total() == 0 ? Double.NaN : (double) inExtraction / total();
        }

        static WorkerSamples read(List<Path> recordings, Instant from, Instant to) throws IOException {
            Counter counter = new Counter();
            for (Path recording : recordings) {
                try (RecordingFile file = new RecordingFile(recording)) {
                    while (file.hasMoreEvents()) {
                        RecordedEvent e = file.readEvent();
                        if (e.getEventType().getName().equals("jdk.ExecutionSample") && !e.getStartTime().isBefore(from)
                                && !e.getStartTime().isAfter(to)) {
                            RecordedThread thread = e.getThread("sampledThread");
                            if (thread != null && thread.getJavaName() != null
                                    && kind(thread.getJavaName()).equals(WORKERS) && e.getStackTrace() != null) {
                                counter.add(e.getStackTrace().getFrames().stream().map(NlpCpuSplit::name).toList());
                            }
                        }
                    }
                }
            }
            return new WorkerSamples(counter.inExtraction, counter.outside);
        }

        /** Frames from the top of the stack: method names with their classes. */
        static WorkerSamples of(List<List<String>> stacks) {
            Counter counter = new Counter();
            stacks.forEach(counter::add);
            return new WorkerSamples(counter.inExtraction, counter.outside);
        }
    }

    private static final class Counter {
        int inExtraction;
        final Map<String, Integer> outside = new HashMap<>();

        /**
         * CoreNLP runs only inside the extraction once the service is up, and a deep parser stack can lose its Entente
         * frames to JFR's depth limit (64): either on the stack counts as extraction.
         */
        void add(List<String> frames) {
            if (frames.stream().anyMatch(f -> f.startsWith(EXTRACTION) || f.startsWith(CORENLP))) {
                inExtraction++;
                return;
            }
            String own = frames.stream().filter(f -> f.startsWith(OWN)).findFirst().orElse(null);
            String where = own != null ? "`" + own + "`"
                    : frames.isEmpty() ? "(no frames)" : "outside Entente's code: `" + packageOf(frames.get(0)) + "`";
            outside.merge(where, 1, Integer::sum);
        }

        private static String packageOf(String method) {
            String type = method.substring(0, Math.max(0, method.lastIndexOf('.')));
            int dot = type.lastIndexOf('.');
            return dot < 0 ? type : type.substring(0, dot);
        }
    }

    /**
     * @param seconds CPU seconds of the phase by kind of thread
     * @param workers the workers' samples in the phase's window, or null when no recording covered it
     */
    static List<String> markdown(int articles, Map<String, Double> seconds, WorkerSamples workers) {
        List<String> lines = new ArrayList<>();
        lines.add("## nlp-service's CPU in the measured phase, by thread and by frame");
        lines.add("");
        double all = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        lines.add(String.format(Locale.ROOT,
                "%.1f ms an article in all (live threads at the phase's end; a thread that ended meanwhile is left out).",
                1000 * all / articles));
        lines.add("");
        lines.add("| threads | CPU an article | share |");
        lines.add("|---|---|---|");
        Map<String, Double> ordered = new LinkedHashMap<>();
        KINDS.forEach(k -> ordered.put(k, seconds.getOrDefault(k, 0.0)));
        double workerSeconds = ordered.get(WORKERS);
        ordered.forEach((kind, s) -> lines.add(String.format(Locale.ROOT, "| %s | %.2f ms | %.1f %% |", kind,
                1000 * s / articles, all == 0 ? 0 : 100 * s / all)));
        if (workers == null || workers.total() == 0) {
            lines.add("");
            lines.add("No JFR execution samples of the workers in the phase's window.");
            return lines;
        }
        double share = workers.extractionShare();
        lines.add("");
        lines.add(String.format(Locale.ROOT,
                "The workers' %d JFR execution samples in the phase: %.1f %% inside the extraction (CoreNLP or the rules on "
                        + "the stack), so about **%.2f ms an article extracting** and **%.2f ms an article beside it** on "
                        + "the workers. Beside it, by the first Entente frame:",
                workers.total(), 100 * share, 1000 * workerSeconds * share / articles,
                1000 * workerSeconds * (1 - share) / articles));
        lines.add("");
        lines.add("| where (first Entente frame) | samples | share of the workers' |");
        lines.add("|---|---|---|");
        workers.outside().entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(15)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f %% |", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / workers.total())));
        return lines;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
