package org.entente.drills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JFR recording ({@code jfr print}) and says where the CPU went: by area (CoreNLP, Kafka client,
 * JSON, logging, ...) of the top frame, the hottest methods and the threads; and which waits (monitors,
 * parks) Entente's own code sat in.
 */
final class JfrSummary {

    private static final Path JFR = Path.of(System.getProperty("java.home"), "bin", "jfr");
    private static final int HOTTEST = 12;

    private JfrSummary() {
    }

    /** The report's section for one process: CPU by area and hottest methods, by thread, and the waits in its own code. */
    static List<String> summarize(String process, Path recording) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        lines.add("## " + process + ": where the CPU went (JFR execution samples)");
        lines.add("");
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (Event e : events(recording, "jdk.ExecutionSample", 1)) {
            if (!e.frames().isEmpty()) {
                methods.merge(method(e.frames().get(0)), 1, Integer::sum);
                threads.merge(threadGroup(e.thread()), 1, Integer::sum);
                samples++;
            }
        }
        lines.addAll(lines(methods, samples));
        if (samples > 0) {
            lines.add("");
            lines.add("| thread (numbers folded) | share of samples |");
            lines.add("|---|---|");
            int all = samples;
            threads.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(8)
                    .forEach(t -> lines
                            .add(String.format(Locale.ROOT, "| `%s` | %.1f %% |", t.getKey(), 100.0 * t.getValue() / all)));
        }
        lines.addAll(waits(events(recording, "jdk.JavaMonitorEnter,jdk.ThreadPark", 64)));
        lines.add("");
        return lines;
    }

    /**
     * Monitor waits and parks of 10 ms or more (JFR's profile settings) whose stack passes through Entente's own
     * code: what a worker waited on (a lock in a shared CoreNLP pipeline, the broker's acknowledgements),
     * not the idle pool threads waiting for work.
     */
    static List<String> waits(List<Event> events) {
        Map<String, Double> byPlace = new HashMap<>();
        double total = 0;
        for (Event e : events) {
            String own = e.frames().stream().filter(f -> f.startsWith("org.entente.")).findFirst().orElse(null);
            if (own == null) {
                continue;
            }
            int caller = firstOutsideJdk(e.frames());
            String where = (caller > 0 ? "`" + method(e.frames().get(caller - 1)) + "` in " : "in ")
                    + "`" + method(e.frames().get(caller)) + "`";
            String from = e.frames().get(caller).equals(own) ? "" : " from `" + method(own) + "`";
            byPlace.merge(e.type() + ": " + where + from, e.millis(), Double::sum);
            total += e.millis();
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        if (byPlace.isEmpty()) {
            lines.add("No thread waited 10 ms or more on a monitor or a park inside Entente's own code.");
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "Waits of 10 ms or more inside Entente's code: %.1f s in all.", total / 1000));
        lines.add("");
        lines.add("| wait: what was called, by whom, from which Entente frame | seconds |");
        lines.add("|---|---|");
        byPlace.entrySet().stream().sorted(Map.Entry.<String, Double> comparingByValue().reversed()).limit(8)
                .forEach(w -> lines.add(String.format(Locale.ROOT, "| %s | %.1f |", w.getKey(), w.getValue() / 1000)));
        return lines;
    }

    /** The index of the first frame outside the JDK; there is one, since a frame of Entente's is on the stack. */
    private static int firstOutsideJdk(List<String> frames) {
        for (int i = 0; i < frames.size(); i++) {
            String f = frames.get(i);
            if (!f.startsWith("java.") && !f.startsWith("jdk.") && !f.startsWith("sun.")) {
                return i;
            }
        }
        return 0;
    }

    /** "vert.x-worker-thread-3" and "vert.x-worker-thread-7" are one group. */
    static String threadGroup(String thread) {
        return thread.replaceAll("\\d+", "N");
    }

    private static String method(String frame) {
        int paren = frame.indexOf('(');
        return paren > 0 ? frame.substring(0, paren) : frame;
    }

    /** One JFR event as {@code jfr print} shows it: its type, thread, duration and stack (top first). */
    record Event(String type, String thread, double millis, List<String> frames) {
    }

    static List<Event> events(Path recording, String types, int depth) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(JFR.toString(), "print", "--events", types, "--stack-depth",
                String.valueOf(depth), recording.toString()).redirectErrorStream(true).start();
        List<Event> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            events = parse(in.lines().toList());
        }
        process.waitFor();
        return events;
    }

    static List<Event> parse(List<String> printed) {
        List<Event> events = new ArrayList<>();
        String type = null;
        String thread = "";
        double millis = 0;
        List<String> frames = new ArrayList<>();
        boolean inStack = false;
        for (String line : printed) {
            String t = line.trim();
            if (t.endsWith("{") && !t.contains("=")) {
                type = t.substring(0, t.length() - 1).trim();
                thread = "";
                millis = 0;
                frames = new ArrayList<>();
            } else if (t.startsWith("stackTrace = [")) {
                inStack = true;
            } else if (inStack && t.equals("]")) {
                inStack = false;
            } else if (inStack) {
                if (!t.equals("...")) {
                    frames.add(t);
                }
            } else if (t.startsWith("eventThread = \"") || t.startsWith("sampledThread = \"")) {
                thread = t.substring(t.indexOf('"') + 1, t.lastIndexOf('"'));
            } else if (t.startsWith("duration = ")) {
                millis = millis(t.substring("duration = ".length()));
            } else if (t.equals("}") && type != null) {
                events.add(new Event(type.replace("jdk.", ""), thread, millis, frames));
                type = null;
            }
        }
        return events;
    }

    /** "12.5 ms", "1.20 s", "850 us" in milliseconds. */
    static double millis(String duration) {
        String[] parts = duration.trim().split("\\s+");
        double value = Double.parseDouble(parts[0]);
        return switch (parts.length > 1 ? parts[1] : "ms") {
            case "s" -> value * 1000;
            case "min" -> value * 60_000;
            case "us" -> value / 1000;
            case "ns" -> value / 1_000_000;
            default -> value;
        };
    }

    static List<String> lines(Map<String, Integer> methods, int samples) {
        List<String> lines = new ArrayList<>();
        if (samples == 0) {
            return lines;
        }
        Map<String, Integer> areas = new HashMap<>();
        methods.forEach((method, count) -> areas.merge(area(method), count, Integer::sum));
        lines.add(String.format(Locale.ROOT, "%d samples of running Java threads, by the top frame's area:", samples));
        lines.add("");
        lines.add("| area | share |");
        lines.add("|---|---|");
        areas.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed())
                .forEach(e -> lines
                        .add(String.format(Locale.ROOT, "| %s | %.1f %% |", e.getKey(), 100.0 * e.getValue() / samples)));
        lines.add("");
        lines.add("| hottest methods (self time) | share |");
        lines.add("|---|---|");
        methods.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(HOTTEST)
                .forEach(e -> lines
                        .add(String.format(Locale.ROOT, "| `%s` | %.1f %% |", e.getKey(), 100.0 * e.getValue() / samples)));
        return lines;
    }

    static String area(String method) {
        if (method.startsWith("edu.stanford.nlp.")) {
            return "CoreNLP";
        }
        if (method.startsWith("org.entente.nlp.")) {
            return "nlp-service's own code (extractor, pipeline)";
        }
        if (method.startsWith("org.apache.kafka.") || method.startsWith("io.smallrye.reactive.messaging.kafka.")) {
            return "Kafka client and connector";
        }
        if (method.startsWith("com.fasterxml.jackson.")) {
            return "JSON (Jackson)";
        }
        if (method.startsWith("org.jboss.logmanager.") || method.startsWith("org.jboss.logging.")) {
            return "logging";
        }
        if (method.startsWith("io.smallrye.") || method.startsWith("io.vertx.") || method.startsWith("io.netty.")
                || method.startsWith("io.quarkus.")) {
            return "Quarkus, Vert.x, Mutiny, SmallRye";
        }
        if (method.startsWith("java.util.regex.")) {
            return "regular expressions (java.util.regex)";
        }
        return "JDK and other (" + method.substring(0, Math.max(0, method.indexOf('.', method.indexOf('.') + 1))) + "...)";
    }
}
