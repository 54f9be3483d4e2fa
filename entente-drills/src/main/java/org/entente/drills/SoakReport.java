package org.entente.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The soak's Markdown report: every sample, a least-squares slope per series, and a verdict. Heap
 * is flat when its slope over the second half of the push stays within {@link #HEAP_BOUND_MIB_PER_HOUR}
 * for every service; lag is flat when its slope there stays within {@link #LAG_BOUND_PER_HOUR} and
 * both lags are 0 once the push stops (after the drain).
 */
final class SoakReport {

    /** At this rate a 384 MiB heap would take well over 10 hours to fill from the usual ~100 MiB live set. */
    static final double HEAP_BOUND_MIB_PER_HOUR = 20;
    /** At 5 articles/s a consumer that fell behind would add thousands of records per hour. */
    static final double LAG_BOUND_PER_HOUR = 600;
    private static final List<String> SERVICES = List.of(DrillStack.INGEST, DrillStack.NLP, DrillStack.RELATIONS);

    private final List<SoakSample> samples;
    private final int total;
    private final DrillOptions options;
    private final Instant startedAt;

    SoakReport(List<SoakSample> samples, int total, DrillOptions options, Instant startedAt) {
        this.samples = samples;
        this.total = total;
        this.options = options;
        this.startedAt = startedAt;
    }

    /** Writes the report and returns its verdict line. */
    String write(Path file) throws IOException {
        List<SoakSample> push = samples.stream().filter(SoakSample::pushing).toList();
        List<SoakSample> secondHalf = push.subList(push.size() / 2, push.size());
        SoakSample last = samples.get(samples.size() - 1);
        StringBuilder md = new StringBuilder();
        md.append("# Soak report\n\n")
                .append(String.format(Locale.ROOT, "Started %s; %d articles at %s/s through %d RSS feeds on 127.0.0.1 "
                        + "(ingest-service polls each every %s s), two alert rules; a sample every %s s; load average at the end: %s.%n%n",
                        startedAt.truncatedTo(ChronoUnit.SECONDS), total, options.text("rate"), options.integer("feeds"),
                        options.text("poll-seconds"), options.text("sample-seconds"), loadAverage()))
                .append("Heap = live bytes after a forced full GC (`jcmd <pid> GC.class_histogram`: a full GC, then the bytes of every reachable object). "
                        + "RSS and threads from `/proc/<pid>/status`. Lag = end offsets minus the group's committed offsets "
                        + "(Kafka Admin API). Heaps: nlp-service -Xmx1g, the others -Xmx384m.\n\n");
        table(md);
        md.append("\n## Slopes (least squares)\n\n| series | whole push | second half of the push |\n|---|---|---|\n");
        for (String s : SERVICES) {
            String n = s.replace("-service", "");
            slopeRow(md, n + " heap (MiB/h)", push, secondHalf, x -> x.jvms().get(s).heapMiB());
            slopeRow(md, n + " RSS (MiB/h)", push, secondHalf, x -> x.jvms().get(s).rssMiB());
            slopeRow(md, n + " threads (/h)", push, secondHalf, x -> x.jvms().get(s).threads());
        }
        slopeRow(md, "nlp lag, articles (records/h)", push, secondHalf, SoakSample::nlpLag);
        slopeRow(md, "relations lag, events (records/h)", push, secondHalf, SoakSample::relationsLag);
        String verdict = verdict(secondHalf, last, push);
        md.append("\n## Verdict\n\n").append(verdict).append('\n');
        Files.writeString(file, md.toString());
        return verdict;
    }

    private void table(StringBuilder md) {
        md.append("| t (s) | phase | heap ingest | heap nlp | heap relations | RSS ingest | RSS nlp | RSS relations "
                + "| threads i/n/r | lag nlp | lag relations | released | articles | events | applied | alerts |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SoakSample s : samples) {
            md.append(String.format(Locale.ROOT,
                    "| %.0f | %s | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %d/%d/%d | %d | %d | %d | %d | %d | %d | %d |%n",
                    s.seconds(), s.pushing() ? "push" : "drain",
                    heap(s, 0), heap(s, 1), heap(s, 2), rss(s, 0), rss(s, 1), rss(s, 2),
                    s.jvms().get(SERVICES.get(0)).threads(), s.jvms().get(SERVICES.get(1)).threads(),
                    s.jvms().get(SERVICES.get(2)).threads(), s.nlpLag(), s.relationsLag(), s.released(),
                    s.articlesOnTopic(), s.eventsOnTopic(), s.eventsApplied(), s.alerts()));
        }
    }

    private String verdict(List<SoakSample> secondHalf, SoakSample last, List<SoakSample> push) {
        StringBuilder why = new StringBuilder();
        boolean flat = true;
        for (String s : SERVICES) {
            double slope = slope(secondHalf, x -> x.jvms().get(s).heapMiB());
            boolean ok = slope <= HEAP_BOUND_MIB_PER_HOUR;
            flat &= ok;
            why.append(String.format(Locale.ROOT, "%s heap %+.1f MiB/h%s; ", s, slope, ok ? "" : " (over the bound)"));
        }
        for (String lag : List.of("nlp", "relations")) {
            ToDoubleFunction<SoakSample> f = lag.equals("nlp") ? SoakSample::nlpLag : SoakSample::relationsLag;
            double slope = slope(secondHalf, f);
            boolean ok = slope <= LAG_BOUND_PER_HOUR && f.applyAsDouble(last) == 0;
            flat &= ok;
            why.append(String.format(Locale.ROOT, "%s lag %+.0f records/h, %.0f at the end%s; ", lag, slope,
                    f.applyAsDouble(last), ok ? "" : " (not flat)"));
        }
        boolean delivered = last.articlesOnTopic() >= total;
        flat &= delivered;
        double minutes = push.isEmpty() ? 0 : push.get(push.size() - 1).seconds() / 60;
        String caveat = minutes < 20 ? String.format(Locale.ROOT,
                " (a %.0f-minute push: too short for the slopes to mean much; the 30-minute run decides)", minutes) : "";
        return String.format(Locale.ROOT, "SOAK %s heap bound %.0f MiB/h and lag bound %.0f records/h over the second "
                + "half of the push, lag 0 after it; articles %d/%d on topic, events applied %d/%d on topic: %s%s",
                flat ? "FLAT" : "NOT FLAT", HEAP_BOUND_MIB_PER_HOUR, LAG_BOUND_PER_HOUR, last.articlesOnTopic(), total,
                last.eventsApplied(), last.eventsOnTopic(), why.toString().replaceAll("; $", ""), caveat);
    }

    private static void slopeRow(StringBuilder md, String name, List<SoakSample> all, List<SoakSample> half,
            ToDoubleFunction<SoakSample> f) {
        md.append(String.format(Locale.ROOT, "| %s | %+.1f | %+.1f |%n", name, slope(all, f), slope(half, f)));
    }

    /** Per hour. */
    static double slope(List<SoakSample> samples, ToDoubleFunction<SoakSample> f) {
        return LeastSquares.slope(samples.stream().map(s -> s.seconds() / 3600).toList(),
                samples.stream().map(f::applyAsDouble).toList());
    }

    private static double heap(SoakSample s, int i) {
        return s.jvms().get(SERVICES.get(i)).heapMiB();
    }

    private static double rss(SoakSample s, int i) {
        return s.jvms().get(SERVICES.get(i)).rssMiB();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
