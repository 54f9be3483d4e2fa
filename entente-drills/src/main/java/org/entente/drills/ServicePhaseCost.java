package org.entente.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one phase of the bench cost relations-service or ingest-service: their CPU, the part of it their JIT compiler
 * threads used, and the rest an article and an event. Their JIT kept compiling through the whole bench (C2 on Kafka's
 * client, pgjdbc, Hibernate), so only the CPU without the compiler threads compares the code's own cost across JIT
 * settings (docs/reports/bench-2026-12-06-sr.md).
 *
 * @param jitCpuSeconds CPU of the compiler threads ({@code C1/C2 CompilerThread}), part of {@code cpuSeconds}
 */
public record ServicePhaseCost(String phase, String service, int articles, long events, double cpuSeconds,
        double jitCpuSeconds) {

    public double cpuMillisPerArticle() {
        return articles == 0 ? Double.NaN : 1000 * cpuSeconds / articles;
    }

    /** The CPU an article without the compiler threads': what the service's code costs once the JIT is done. */
    public double cpuMillisPerArticleWithoutJit() {
        return articles == 0 ? Double.NaN : 1000 * (cpuSeconds - jitCpuSeconds) / articles;
    }

    public double cpuMillisPerEventWithoutJit() {
        return events == 0 ? Double.NaN : 1000 * (cpuSeconds - jitCpuSeconds) / events;
    }

    public double jitShare() {
        return cpuSeconds <= 0 ? 0 : jitCpuSeconds / cpuSeconds;
    }

    static List<String> markdown(List<ServicePhaseCost> costs) {
        List<String> lines = new ArrayList<>();
        lines.add("## CPU and JIT by phase (relations-service and ingest-service)");
        lines.add("");
        lines.add("| phase | service | articles | events applied | CPU an article | of which the JIT's compiler threads "
                + "| without them: an article | an event |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (ServicePhaseCost c : costs) {
            lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f ms | %.1f ms (%.0f %%) | %.1f ms | %.2f ms |",
                    c.phase, c.service, c.articles, c.events, c.cpuMillisPerArticle(),
                    c.articles == 0 ? Double.NaN : 1000 * c.jitCpuSeconds / c.articles, 100 * c.jitShare(),
                    c.cpuMillisPerArticleWithoutJit(), c.cpuMillisPerEventWithoutJit()));
        }
        return lines;
    }
}
