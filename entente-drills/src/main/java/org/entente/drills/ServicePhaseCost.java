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

    /** The embedded broker's threads in the bench's JVM (InfrastructureCpu): its JIT is the bench's, not counted. */
    public static final String BROKER = "Kafka broker (its threads)";
    /** Every PostgreSQL process (InfrastructureCpu) but the one serving the bench's probes: no JIT. */
    public static final String POSTGRES = "PostgreSQL (all processes but the bench's probes')";
    /** The PostgreSQL process serving the bench's own probes (Database#keepingOneConnection): not the platform's. */
    public static final String POSTGRES_PROBES = "PostgreSQL, the bench's probes (not in the platform's sum)";

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
        lines.add("## CPU and JIT by phase (relations-service, ingest-service, the broker and PostgreSQL)");
        lines.add("");
        lines.add("| phase | service | articles | events applied | CPU an article | of which the JIT's compiler threads "
                + "| without them: an article | an event |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (ServicePhaseCost c : costs) {
            String jit = c.isInfrastructure() ? "—"
                    : String.format(Locale.ROOT, "%.1f ms (%.0f %%)",
                            c.articles == 0 ? Double.NaN : 1000 * c.jitCpuSeconds / c.articles, 100 * c.jitShare());
            lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f ms | %s | %.1f ms | %.2f ms |",
                    c.phase, c.service, c.articles, c.events, c.cpuMillisPerArticle(), jit,
                    c.cpuMillisPerArticleWithoutJit(), c.cpuMillisPerEventWithoutJit()));
        }
        return lines;
    }

    boolean isInfrastructure() {
        return BROKER.equals(service) || POSTGRES.equals(service) || POSTGRES_PROBES.equals(service);
    }

    /**
     * The whole platform's CPU an article by phase: nlp-service (all processes), the other services, the broker and
     * PostgreSQL, from the two per-phase tables. The broker's row leaves out the bench JVM's garbage collector and JIT,
     * which it shares with the bench's feeds and probes.
     */
    static List<String> platformMarkdown(List<PhaseCost> nlp, List<ServicePhaseCost> others) {
        List<String> lines = new ArrayList<>();
        lines.add("## The whole platform's CPU an article by phase");
        lines.add("");
        lines.add("| phase | articles | nlp-service | relations-service | ingest-service | Kafka broker | PostgreSQL "
                + "| all, an article | all, the phase |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        for (PhaseCost p : nlp) {
            double relations = cpuOf(others, p.phase(), DrillStack.RELATIONS);
            double ingest = cpuOf(others, p.phase(), DrillStack.INGEST);
            double broker = cpuOf(others, p.phase(), BROKER);
            double postgres = cpuOf(others, p.phase(), POSTGRES);
            double all = p.nlpCpuSeconds() + relations + ingest + broker + postgres;
            lines.add(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | **%s** | %.1f s |", p.phase(),
                    p.articles(), ms(p.nlpCpuSeconds(), p.articles()), ms(relations, p.articles()),
                    ms(ingest, p.articles()), ms(broker, p.articles()), ms(postgres, p.articles()),
                    ms(all, p.articles()), all));
        }
        return lines;
    }

    private static double cpuOf(List<ServicePhaseCost> costs, String phase, String service) {
        return costs.stream().filter(c -> c.phase.equals(phase) && c.service.equals(service))
                .mapToDouble(ServicePhaseCost::cpuSeconds).sum();
    }

    private static String ms(double seconds, int articles) {
        return articles == 0 ? "—" : String.format(Locale.ROOT, "%.1f ms", 1000 * seconds / articles);
    }
}
