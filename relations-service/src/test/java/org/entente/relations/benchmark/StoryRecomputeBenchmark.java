package org.entente.relations.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.StoryParameters;
import org.entente.relations.stories.StoryChange;
import org.entente.relations.stories.StoryClustering;
import org.entente.relations.stories.StoryReport;

/**
 * What one report costs the story clustering when its component is large: a war's daily fighting, each day told by
 * outlets naming the day and by recaps naming none, whose shared words link them day after day into one component.
 * Adds the reports one at a time in publication order, as the consumer does, and reports the time per add and the
 * component's size by stretch of the war (CPU time of the thread, not wall time: the machine is shared). Asserts nothing;
 * writes {@code target/benchmarks/story-recompute.md}.
 *
 * <p>
 * Arguments: [days=300] [named reports a day=8] [day-less reports a day=4].
 *
 * <pre>
 * ./mvnw -o -q -pl relations-service test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.entente.relations.benchmark.StoryRecomputeBenchmark -Dexec.args="300 8 4"
 * </pre>
 */
public final class StoryRecomputeBenchmark {

    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final Set<String> RECAP_WORDS = Set.of("forces", "front", "shelling", "positions");

    private StoryRecomputeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int named = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int dayless = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        List<StoryReport> war = war(days, named, dayless);
        // a warm-up war of its own, so the JIT has compiled the clustering before the measured one
        run(war(Math.min(days, 60), named, dayless), days);
        StringBuilder table = run(war, days);
        String report = "# Story recompute: one add on a large component\n\n"
                + String.format(Locale.ROOT, "%d days of FIGHT RUS->UKR, %d reports naming the day and %d naming none a day "
                        + "(%d reports), added one at a time in publication order. Load average at the end: %s.%n%n",
                        days, named, dayless, war.size(), loadAverage())
                + "| reports added | component size at the end | stories | mean CPU time per add (us) | added stories |\n"
                + "|---|---|---|---|---|\n" + table;
        Path out = Path.of("target/benchmarks/story-recompute.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static StringBuilder run(List<StoryReport> war, int days) {
        StoryClustering clustering = new StoryClustering(StoryParameters.defaults());
        StringBuilder table = new StringBuilder();
        int step = Math.max(1, war.size() / 10);
        // CPU time of this thread: the machine is shared, so wall time would measure the other builds too
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long started = cpu.getCurrentThreadCpuTime();
        long added = 0;
        for (int i = 0; i < war.size(); i++) {
            StoryChange change = clustering.add(war.get(i));
            added += change.added().size();
            if ((i + 1) % step == 0) {
                long now = cpu.getCurrentThreadCpuTime();
                String last = war.get(i).eventId();
                table.append(String.format(Locale.ROOT, "| %d-%d | %d | %d | %.0f | %.2f |%n", i + 2 - step, i + 1,
                        clustering.storiesLinkedTo(last).stream().mapToInt(s -> s.reportCount()).sum(),
                        clustering.storiesLinkedTo(last).size(), (now - started) / 1000.0 / step,
                        added / (double) step));
                started = now;
                added = 0;
            }
        }
        return table;
    }

    /** Each day: reports naming it through the day, and recaps naming no day, sharing their words with each other. */
    static List<StoryReport> war(int days, int named, int dayless) {
        List<StoryReport> reports = new ArrayList<>();
        int article = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = START.plusDays(d);
            Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            for (int i = 0; i < named + dayless; i++) {
                Instant at = midnight.plusSeconds(3600L + i * (20L * 3600 / (named + dayless)));
                boolean namesDay = i % (named + dayless) < named;
                reports.add(new StoryReport(String.format("w%05d-%02d", d, i), "a" + article++, "outlet" + (i % 7),
                        EventType.FIGHT, "asserted", "RUS", "UKR", null, null, at, namesDay ? day : null, -8.0,
                        namesDay ? Set.of("forces", "attack", "day" + d) : RECAP_WORDS));
            }
        }
        return reports;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
