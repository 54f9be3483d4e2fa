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
 * Reads a JFR recording's execution samples ({@code jfr print --events jdk.ExecutionSample}) and says
 * where the CPU went: by area (CoreNLP, Kafka client, JSON, logging, ...) of the top frame, and the
 * hottest methods.
 */
final class JfrSummary {

    private static final Path JFR = Path.of(System.getProperty("java.home"), "bin", "jfr");
    private static final int HOTTEST = 12;

    private JfrSummary() {
    }

    static List<String> summarize(Path recording) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(JFR.toString(), "print", "--events", "jdk.ExecutionSample",
            "--stack-depth", "1", recording.toString()).redirectErrorStream(true).start();
        Map<String, Integer> methods = new HashMap<>();
        int samples = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            boolean inStack = false;
            for (String line; (line = in.readLine()) != null; ) {
                String t = line.trim();
                if (t.startsWith("stackTrace = [")) {
                    inStack = true;
                } else if (inStack) {
                    inStack = false;
                    int paren = t.indexOf('(');
                    methods.merge(paren > 0 ? t.substring(0, paren) : t, 1, Integer::sum);
                    samples++;
                }
            }
        }
        process.waitFor();
        return lines(methods, samples);
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
        areas.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .forEach(e -> lines.add(String.format(Locale.ROOT, "| %s | %.1f %% |", e.getKey(), 100.0 * e.getValue() / samples)));
        lines.add("");
        lines.add("| hottest methods (self time) | share |");
        lines.add("|---|---|");
        methods.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(HOTTEST)
            .forEach(e -> lines.add(String.format(Locale.ROOT, "| `%s` | %.1f %% |", e.getKey(), 100.0 * e.getValue() / samples)));
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
