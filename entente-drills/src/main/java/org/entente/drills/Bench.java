package org.entente.drills;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.entente.contracts.Topics;
import org.entente.embedded.InfrastructureLog;

/**
 * The platform benchmark: N unique dense diplomatic articles released at once on RSS feeds,
 * through the packaged services on the embedded platform, timed from the release until every article
 * is on {@code articles}, committed by nlp-service, and its events committed by relations-service;
 * then bare lean CoreNLP and the extractor on the same texts, one thread each, in a JVM of their own
 * once the platform is down. Every service runs under JFR; the report says where their CPU went and what
 * nlp-service's threads waited on, with the load average of each phase. Writes
 * {@code entente-drills/target/bench-report.md}.
 *
 * <pre>
 * --articles 400 --warmup 200 --warmup-round 0 (0: the measured phase's articles) --warmup-max 3000 --jit-quiet 0.05 --quiet-rounds 2 --freshness-articles 150 --freshness-rate 5 --feeds 20 --nlp-workers 0 (0: nlp-service's default, the cores) --nlp-replicas 1 --minutes 20
 * </pre>
 */
public final class Bench {

    private static final PrintStream OUT = System.out;
    /** Each check scrapes nlp-service's /q/metrics: every 250 ms cost it 2.8 % of its CPU in the first profile. */
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        DrillOptions o = new DrillOptions(args, Map.ofEntries(Map.entry("articles", "400"), Map.entry("warmup", "200"),
                Map.entry("feeds", "20"), Map.entry("nlp-workers", "0"), Map.entry("nlp-replicas", "1"),
                Map.entry("minutes", "20"), Map.entry("warmup-round", "0"), Map.entry("warmup-max", "3000"),
                Map.entry("jit-quiet", "0.05"), Map.entry("quiet-rounds", "2"), Map.entry("freshness-articles", "150"),
                Map.entry("freshness-rate", "5"),
                Map.entry("report", "entente-drills/target/bench-report.md")));
        Path home = Path.of(System.getProperty("entente.home", ".")).toAbsolutePath().normalize();
        Path state = home.resolve("entente-drills/target/bench-state");
        DrillFiles.deleteRecursively(state);
        InfrastructureLog.to(state.resolve("logs/infrastructure.log"));
        int n = o.integer("articles");
        int warmup = o.integer("warmup");
        WarmupPlan plan = warmup == 0 ? new WarmupPlan(0, 0, 1, 0, 1)
                : new WarmupPlan(warmup, Math.max(warmup, o.integer("warmup-max")),
                        // rounds as large as the measured release: a burst of 50 leaves the consumers' paths for 400
                        // at once to be compiled in the measured phase (lane tp8: 5.4 ms an article in nlp-service)
                        o.integer("warmup-round") > 0 ? o.integer("warmup-round") : n, o.decimal("jit-quiet"),
                        o.integer("quiet-rounds"));
        List<WarmupRound> warmupRounds = new java.util.ArrayList<>();
        int warmed = 0;
        int replicas = o.integer("nlp-replicas");
        DenseCorpus corpus = new DenseCorpus(DenseCorpus.DEFAULT_SEED, Instant.now());
        Path texts = writeTexts(corpus, n, state.resolve("bench-texts.txt"));
        Map<String, String> env = new HashMap<>();
        // Every service under JFR: where the CPU went, and (profile settings) monitor waits and parks of 10 ms or more.
        env.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=name=bench,settings=profile");
        if (o.integer("nlp-workers") > 0) {
            env.put("nlp-service:ENTENTE_NLP_WORKERS", String.valueOf(o.integer("nlp-workers")));
        }
        String token = UUID.randomUUID().toString();
        ReleaseSchedule schedule = new ReleaseSchedule(n, 1_000_000);
        OUT.println("Bench: " + n + " dense articles after " + plan.least() + " to " + plan.most()
                + " warm-up ones, released at once on "
                + o.integer("feeds") + " feeds, " + replicas + " nlp-service process" + (replicas == 1 ? "" : "es"));
        Timeline timeline;
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> heap = new LinkedHashMap<>();
        Map<BenchReport.Stage, Double> stages = new LinkedHashMap<>();
        Map<String, Long> perNlp = new LinkedHashMap<>();
        Map<String, Path> recordings = new LinkedHashMap<>();
        Map<String, Double> nlpThreads = new LinkedHashMap<>();
        Instant measuredFrom = null;
        Instant measuredTo = null;
        List<PhaseCost> phases = new java.util.ArrayList<>();
        List<ServicePhaseCost> others = new java.util.ArrayList<>();
        List<PlatformRequests> requests = new java.util.ArrayList<>();
        List<PostgresActivity> postgres = new java.util.ArrayList<>();
        FreshnessRun freshness = null;
        int freshArticles = o.integer("freshness-articles");
        double freshRate = Double.parseDouble(o.text("freshness-rate"));
        // The freshness phase: articles offered at a steady rate, an alert rule on, each alert timed from its article's offer.
        DenseCorpus freshCorpus = new DenseCorpus(DenseCorpus.DEFAULT_SEED + 2, Instant.now());
        ReleaseSchedule freshSchedule = new ReleaseSchedule(freshArticles, freshRate);
        long events;
        String articleRecords;
        double loadStart;
        double loadEnd;
        // The warm-up articles come from another seed: other links and texts, never duplicates of the measured ones.
        ReleaseSchedule warmupSchedule = new ReleaseSchedule(plan.most(), 1_000_000);
        DenseCorpus warmupCorpus = new DenseCorpus(DenseCorpus.DEFAULT_SEED + 1, Instant.now());
        try (DrillStack stack = new DrillStack(home, state, token, env, OUT, replicas);
                FeedServer warmupFeeds = new FeedServer(warmupCorpus, warmupSchedule, o.integer("feeds"),
                        plan.most() / o.integer("feeds") + 1);
                FeedServer feeds = new FeedServer(corpus, schedule, o.integer("feeds"), n / o.integer("feeds") + 1);
                FeedServer freshFeeds = new FeedServer(freshCorpus, freshSchedule, o.integer("feeds"),
                        freshArticles / o.integer("feeds") + 1)) {
            stack.start();
            Database db = Database.keepingOneConnection(stack.jdbcUrl());
            List<String> nlpUrls = stack.nlpNames().stream().map(stack::url).toList();
            Duration timeout = Duration.ofMinutes(o.integer("minutes"));
            Counters before = Counters.zero();
            try (db; KafkaProbe kafka = new KafkaProbe(stack.bootstrapServers())) {
                if (plan.most() > 0) {
                    // A long-running service has compiled its hot code; measure that, not the JIT's first minutes.
                    // In rounds, each timed on its own, until the compiler threads are quiet (WarmupPlan).
                    OUT.printf(java.util.Locale.ROOT,
                            "Warm-up: rounds of %d articles, at least %d, until the JIT's compiler threads of every service "
                                    + "use at most %.0f %% of its CPU, %d rounds in a row (at most %d articles), not "
                                    + "counted...%n",
                            plan.round(), plan.least(), 100 * plan.quietShare(), plan.quietRounds(), plan.most());
                    warmupSchedule.holdAt(0);
                    List<String> warmupIds = new AdminApi(token).registerFeeds(stack.url(DrillStack.INGEST),
                            warmupFeeds.feedUrls(), 1);
                    warmupSchedule.start();
                    List<PhaseCost> rounds = new java.util.ArrayList<>();
                    for (int size = plan.next(warmupRounds, warmed); size > 0; size = plan.next(warmupRounds, warmed)) {
                        Counters roundStart = before;
                        PhaseProbe probe = PhaseProbe.start(stack, db);
                        warmupSchedule.holdAt(warmed + size);
                        Timeline t = Timeline.follow(kafka, db, nlpUrls, roundStart, size, timeout, probe.loadStart);
                        rounds.add(probe.end(stack, db, "warm-up round " + (rounds.size() + 1), size, t.applied(), others,
                                requests));
                        warmed += size;
                        before = Counters.read(stack, kafka, db);
                        warmupRounds.add(WarmupRound.of(rounds.get(rounds.size() - 1), others));
                        OUT.println("  " + rounds.get(rounds.size() - 1) + " " + warmupRounds.get(warmupRounds.size() - 1));
                    }
                    phases.addAll(rounds);
                    new AdminApi(token).deleteFeeds(stack.url(DrillStack.INGEST), warmupIds);
                }
                List<String> measuredIds = new AdminApi(token).registerFeeds(stack.url(DrillStack.INGEST), feeds.feedUrls(),
                        1);
                PhaseProbe measured = PhaseProbe.start(stack, db);
                List<Long> nlpPids = stack.nlpNames().stream().map(name -> stack.service(name).pid()).toList();
                Map<String, Long> threadsBefore = NlpCpuSplit.ticksByKind(nlpPids);
                measuredFrom = Instant.now();
                PostgresActivity.Snapshot postgresBefore = PostgresActivity.Snapshot.read(db, stack.postgresDataDir());
                Map<String, Long> cpuBefore = measured.ticks;
                loadStart = measured.loadStart;
                schedule.start();
                timeline = Timeline.follow(kafka, db, nlpUrls, before, n, timeout, loadStart);
                loadEnd = LoadAverage.oneMinute();
                Map<String, Long> cpuAfter = cpuTicks(stack);
                measuredTo = Instant.now();
                NlpCpuSplit.ticksByKind(nlpPids).forEach((kind, ticks) -> nlpThreads.put(kind,
                        (ticks - threadsBefore.getOrDefault(kind, 0L)) / CLOCK_TICKS_PER_SECOND));
                cpuAfter.forEach((name, ticks) -> cpu.put(name, (ticks - cpuBefore.get(name)) / CLOCK_TICKS_PER_SECOND));
                phases.add(measured.end(stack, db, "measured", n, timeline.applied(), others, requests));
                try {
                    postgres.add(PostgresActivity.Snapshot.read(db, stack.postgresDataDir()).since(postgresBefore,
                            "measured", n));
                } catch (RuntimeException e) {
                    // a figure of the report, not a reason to lose the run
                    OUT.println("PostgreSQL's activity by table not measured: " + e);
                }
                Counters after = Counters.read(stack, kafka, db);
                stages.putAll(after.minus(before).stages());
                perNlp.putAll(after.minus(before).perNlp());
                events = after.events() - before.events();
                new AdminApi(token).deleteFeeds(stack.url(DrillStack.INGEST), measuredIds);
                if (freshArticles > 0) {
                    freshness = freshness(stack, kafka, db, token, freshFeeds, freshSchedule, freshCorpus, after, phases,
                            others, requests, timeout);
                }
            }
            // a 400-article bench once counted 415 records: tell repeats of one article id from distinct articles
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> onTopic = KafkaProbe
                    .records(stack.bootstrapServers(), Topics.ARTICLES);
            articleRecords = String.format(java.util.Locale.ROOT,
                    "\nRecords on `articles`: %d for %d distinct article ids (keys) of %d articles released (%d warm-up ones "
                            + "included).\n",
                    onTopic.size(), onTopic.stream().map(r -> r.key()).distinct().count(), n + warmed, warmed);
            OUT.print(articleRecords);
            for (String name : stack.serviceNames()) {
                Path recording = state.resolve(name + ".jfr");
                jcmd(stack.service(name).pid(), "JFR.dump", "name=bench", "filename=" + recording);
                recordings.put(name, recording);
                heap.put(name, JvmProbe.sample(stack.service(name).pid()).heapMiB());
            }
        }
        OUT.println("Baseline: bare lean CoreNLP and the extractor on the same texts, one thread each...");
        double baselineStart = LoadAverage.oneMinute();
        // the baseline JVM warmed on as many texts as nlp-service extracted before the measured phase (each warm-up
        // article's text and headline): the ratio then compares the code, not how far each JIT got
        Path warmupTexts = writeTexts(warmupCorpus, warmed, state.resolve("bench-warmup-texts.txt"));
        BenchReport.Baseline baseline = baseline(home, texts, warmupTexts);
        double baselineEnd = LoadAverage.oneMinute();
        List<String> profile = new java.util.ArrayList<>();
        for (Map.Entry<String, Path> recording : recordings.entrySet()) {
            if (Files.exists(recording.getValue())) {
                profile.addAll(JfrSummary.summarize(recording.getKey(), recording.getValue()));
            }
        }
        List<Path> nlpRecordings = recordings.entrySet().stream()
                .filter(r -> r.getKey().startsWith(DrillStack.NLP) && Files.exists(r.getValue())).map(Map.Entry::getValue)
                .toList();
        List<String> split = NlpCpuSplit.markdown(n, nlpThreads, nlpRecordings.isEmpty() ? null
                : NlpCpuSplit.WorkerSamples.read(nlpRecordings, measuredFrom, measuredTo));
        BenchReport.Run run = new BenchReport.Run(n, events, timeline.ingested(), timeline.extracted(), timeline.applied(),
                workers(o), replicas, timeline.maxActive(), timeline.maxNlpLag(), timeline.maxRelationsLag(),
                timeline.relationsLagAtExtracted(), warmed);
        BenchReport report = new BenchReport(run, baseline, cpu, heap, stages, perNlp,
                new BenchReport.Load(loadStart, Math.max(timeline.maxLoad(), loadEnd), loadEnd, baselineStart, baselineEnd),
                profile);
        Path out = home.resolve(o.text("report"));
        Files.createDirectories(out.getParent());
        StringBuilder extra = new StringBuilder();
        if (freshness != null) {
            extra.append("\n## Freshness at a steady rate\n\n| figure | value | |\n|---|---|---|\n")
                    .append(freshness.total().markdown()).append('\n').append(freshness.fromNewest().markdownFromNewest())
                    .append("\n\nAfter the measured phase, with one alert rule (`event` on AGREE, SANCTION, THREATEN, never suppressed): "
                            + "each alert's first record on `alerts` (its producer timestamp) minus the moment a feed offered the earliest "
                            + "article of its evidence. The feed poll interval (1 s) is part of it; relations-service's alert outbox is "
                            + "woken by the commit that raises the alert (its 1 s poll only catches what a crash left).\n\n")
                    .append("By stage:\n\n").append(freshness.stages().markdown());
        }
        extra.append('\n').append(String.join("\n", split)).append('\n');
        extra.append('\n').append(String.join("\n", PhaseCost.markdown(phases,
                warmupRounds.isEmpty() ? null : plan.verdict(warmupRounds)))).append('\n');
        extra.append('\n').append(String.join("\n", ServicePhaseCost.markdown(others))).append('\n');
        extra.append('\n').append(String.join("\n", ServicePhaseCost.platformMarkdown(phases, others))).append('\n');
        extra.append('\n').append(String.join("\n", PlatformRequests.markdown(requests))).append('\n');
        extra.append('\n').append(String.join("\n", PostgresActivity.markdown(postgres, CLOCK_TICKS_PER_SECOND)))
                .append('\n');
        Files.writeString(out, report.markdown() + extra + articleRecords);
        OUT.printf(java.util.Locale.ROOT,
                "BENCH %.1f articles/s end to end, lean CoreNLP %.1f/s, ratio %.2f; extractor/lean %.2f "
                        + "(load %.1f-%.1f platform, %.1f-%.1f baseline)%n",
                report.endToEndArticlesPerSecond(), baseline.leanArticlesPerSecond(), report.endToEndRatio(),
                report.extractorRatio(),
                loadStart, loadEnd, baselineStart, baselineEnd);
        if (freshness != null) {
            OUT.println("FRESHNESS " + freshness.total().markdown());
            OUT.println("FRESHNESS " + freshness.fromNewest().markdownFromNewest());
        }
        OUT.println("Report: " + home.relativize(out));
    }

    /** The freshness phase's figures: publication to alert, and the same split by stage. */
    private record FreshnessRun(Freshness total, Freshness fromNewest, FreshnessStages stages) {
    }

    private static FreshnessRun freshness(DrillStack stack, KafkaProbe kafka, Database db, String token, FeedServer feeds,
            ReleaseSchedule schedule, DenseCorpus corpus, Counters base, List<PhaseCost> phases,
            List<ServicePhaseCost> others, List<PlatformRequests> requests, Duration timeout)
            throws Exception {
        OUT.printf(java.util.Locale.ROOT, "Freshness: %d articles at %.1f/s with an alert rule...%n", schedule.total(),
                schedule.perSecond());
        AdminApi api = new AdminApi(token);
        api.createRule(stack.url(DrillStack.RELATIONS), AdminApi.drillRules().get(0));
        api.registerFeeds(stack.url(DrillStack.INGEST), feeds.feedUrls(), 1);
        List<String> nlpUrls = stack.nlpNames().stream().map(stack::url).toList();
        PhaseProbe probe = PhaseProbe.start(stack, db);
        Instant release = Instant.now();
        schedule.start();
        Timeline t = Timeline.follow(kafka, db, nlpUrls, base, schedule.total(), timeout, probe.loadStart);
        phases.add(probe.end(stack, db, String.format(java.util.Locale.ROOT, "freshness, %.1f/s", schedule.perSecond()),
                schedule.total(), t.applied(), others, requests));
        // The outbox publishes alerts about every second after they were raised: wait until the topic stops growing.
        long last = -1;
        int same = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (same < 4 && System.nanoTime() < deadline) {
            long end = kafka.endOffsets(Topics.ALERTS);
            same = end == last ? same + 1 : 0;
            last = end;
            Thread.sleep(1000);
        }
        List<Freshness.AlertRecord> alerts = KafkaProbe.records(stack.bootstrapServers(), Topics.ALERTS).stream()
                .map(r -> new Freshness.AlertRecord(r.timestamp(), r.value())).toList();
        String prefix = corpus.article(0).url().substring(0, corpus.article(0).url().length() - 1);
        List<FreshnessStages.TopicRecord> articles = KafkaProbe.records(stack.bootstrapServers(), Topics.ARTICLES).stream()
                .map(r -> new FreshnessStages.TopicRecord(r.timestamp(), r.value())).toList();
        List<FreshnessStages.TopicRecord> events = KafkaProbe.records(stack.bootstrapServers(), Topics.EVENTS).stream()
                .map(r -> new FreshnessStages.TopicRecord(r.timestamp(), r.value())).toList();
        return new FreshnessRun(Freshness.measure(alerts, prefix, release, schedule.perSecond(), schedule.total()),
                Freshness.measureFromNewest(alerts, prefix, release, schedule.perSecond(), schedule.total()),
                FreshnessStages.measure(alerts, articles, events, prefix, release, schedule.perSecond()));
    }

    /**
     * CPU ticks and compiler threads' CPU ticks of every service, JIT compiles, events applied and the load when a phase began.
     */
    private record PhaseProbe(Map<String, Long> ticks, Map<String, Long> compilerTicks, long compiles, long events,
            double loadStart, long brokerNanos, long postgresTicks, long probeBackend, long probeTicks,
            PlatformRequests.Counters requests) {

        static PhaseProbe start(DrillStack stack, Database db) throws Exception {
            long probeBackend = db.backendPid();
            return new PhaseProbe(cpuTicks(stack), compilerTicks(stack), nlpCompiles(stack), db.eventsApplied(),
                    LoadAverage.oneMinute(), InfrastructureCpu.brokerNanos(),
                    InfrastructureCpu.postgresTicks(stack.postgresDataDir()), probeBackend,
                    InfrastructureCpu.processTicks(probeBackend), PlatformRequests.Counters.read(db));
        }

        PhaseCost end(DrillStack stack, Database db, String phase, int articles, double wallSeconds,
                List<ServicePhaseCost> others, List<PlatformRequests> requests) throws Exception {
            Map<String, Long> now = cpuTicks(stack);
            Map<String, Long> compilerNow = compilerTicks(stack);
            long events = db.eventsApplied() - this.events;
            double nlpCpu = 0;
            double jitCpu = 0;
            for (String name : stack.serviceNames()) {
                double cpu = (now.get(name) - ticks.get(name)) / CLOCK_TICKS_PER_SECOND;
                double jit = (compilerNow.get(name) - compilerTicks.get(name)) / CLOCK_TICKS_PER_SECOND;
                if (stack.nlpNames().contains(name)) {
                    nlpCpu += cpu;
                    jitCpu += jit;
                } else {
                    others.add(new ServicePhaseCost(phase, name, articles, events, cpu, jit));
                }
            }
            // what the services stand on: without them the CPU an article left the broker and the database out
            others.add(new ServicePhaseCost(phase, ServicePhaseCost.BROKER, articles, events,
                    (InfrastructureCpu.brokerNanos() - brokerNanos) / 1e9, 0));
            // the bench's probes (a count of event_log every half second) ran on one process of their own: told apart
            long probes = InfrastructureCpu.processTicks(probeBackend) - probeTicks;
            others.add(new ServicePhaseCost(phase, ServicePhaseCost.POSTGRES, articles, events,
                    (InfrastructureCpu.postgresTicks(stack.postgresDataDir()) - postgresTicks - probes)
                            / CLOCK_TICKS_PER_SECOND,
                    0));
            others.add(new ServicePhaseCost(phase, ServicePhaseCost.POSTGRES_PROBES, articles, events,
                    probes / CLOCK_TICKS_PER_SECOND, 0));
            requests.add(PlatformRequests.Counters.read(db).since(this.requests, phase, articles));
            return new PhaseCost(phase, articles, wallSeconds, nlpCpu, jitCpu, nlpCompiles(stack) - compiles, loadStart,
                    LoadAverage.oneMinute());
        }

        private static Map<String, Long> compilerTicks(DrillStack stack) throws IOException {
            Map<String, Long> ticks = new LinkedHashMap<>();
            for (String name : stack.serviceNames()) {
                ticks.put(name, JvmProbe.compilerCpuTicks(stack.service(name).pid()));
            }
            return ticks;
        }

        private static long nlpCompiles(DrillStack stack) throws IOException, InterruptedException {
            long sum = 0;
            for (String name : stack.nlpNames()) {
                sum += JvmProbe.compiles(stack.service(name).pid());
            }
            return sum;
        }
    }

    private static int workers(DrillOptions o) {
        return o.integer("nlp-workers") > 0 ? o.integer("nlp-workers") : Runtime.getRuntime().availableProcessors();
    }

    private static Path writeTexts(DenseCorpus corpus, int n, Path file) throws IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // the headline too, then U+001D: nlp-service extracts both (PlatformBaseline)
            DrillArticle a = corpus.article(i);
            all.append(a.title()).append("\n\u001d\n").append(a.text()).append('\n').append('\u001e').append('\n');
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, all, StandardCharsets.UTF_8);
    }

    /** user + system clock ticks of each service so far ({@code /proc/<pid>/stat} fields 14 and 15). */
    private static Map<String, Long> cpuTicks(DrillStack stack) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String name : stack.serviceNames()) {
            String stat = Files.readString(Path.of("/proc", String.valueOf(stack.service(name).pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        }
        return ticks;
    }

    private static String metrics(String serviceUrl) throws IOException, InterruptedException {
        return Metrics.scrape(serviceUrl);
    }

    private static double metricSum(String serviceUrl, String metric) throws IOException, InterruptedException {
        return sum(metrics(serviceUrl), metric);
    }

    private static double sum(String metrics, String metric) {
        return Metrics.sum(metrics, metric);
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor(2, TimeUnit.MINUTES);
    }

    private static BenchReport.Baseline baseline(Path home, Path texts, Path warmupTexts)
            throws IOException, InterruptedException {
        Path nlp = home.resolve("nlp-service/target");
        String classpath = String.join(":", nlp.resolve("test-classes").toString(),
                nlp.resolve("quarkus-app/app/*").toString(), nlp.resolve("quarkus-app/lib/main/*").toString(),
                // jboss-logging and the other boot libraries (SentenceParser's Logger failed the baseline without them)
                nlp.resolve("quarkus-app/lib/boot/*").toString());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", classpath, "org.entente.nlp.benchmark.PlatformBaseline", texts.toString(),
                warmupTexts.toString()).redirectErrorStream(true)
                .start();
        String result = null;
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("baseline ")) {
                result = line;
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the baseline JVM failed; run ./mvnw -o -pl nlp-service test-compile first");
        }
        OUT.println("  " + result);
        return BenchReport.Baseline.parse(result);
    }

    /** When each stage was done, in seconds after the release, the highest lags and load seen. */
    record Timeline(double ingested, double extracted, double applied, long maxNlpLag, long maxRelationsLag,
            long relationsLagAtExtracted, int maxActive, double maxLoad) {

        /**
         * Committed offsets trail the work by up to the commit interval, so an article counts as extracted by
         * nlp-service's own counters (processed + skipped, summed over its processes) and an event as applied
         * by the event log's size.
         */
        static Timeline follow(KafkaProbe kafka, Database db, List<String> nlpUrls, Counters base, int n, Duration timeout,
                double load) throws Exception {
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            double ingested = -1;
            double extracted = -1;
            long nlpMax = 0;
            long relationsMax = 0;
            long relationsAtExtracted = 0;
            int activeMax = 0;
            double loadMax = load;
            long nextPrint = start;
            while (System.nanoTime() < deadline) {
                try {
                    double now = (System.nanoTime() - start) / 1e9;
                    long articles = kafka.endOffsets(Topics.ARTICLES) - base.articles();
                    long nlpLag = kafka.lag("nlp-service", Topics.ARTICLES);
                    long relationsLag = kafka.lag("relations-service", Topics.EVENTS);
                    nlpMax = Math.max(nlpMax, nlpLag);
                    relationsMax = Math.max(relationsMax, relationsLag);
                    loadMax = Math.max(loadMax, LoadAverage.oneMinute());
                    // One scrape a check and process: /q/metrics is large, and the first run's JFR showed three a check.
                    int active = 0;
                    double done = 0;
                    for (String url : nlpUrls) {
                        String metrics = metrics(url);
                        active += (int) sum(metrics, "entente_nlp_extractions_active");
                        done += sum(metrics, "entente_nlp_articles_processed_total")
                                + sum(metrics, "entente_nlp_articles_skipped_total");
                    }
                    done -= base.extracted();
                    activeMax = Math.max(activeMax, active);
                    if (ingested < 0 && articles >= n) {
                        ingested = now;
                    }
                    if (ingested >= 0 && extracted < 0 && done >= n) {
                        extracted = now;
                        relationsAtExtracted = relationsLag;
                    }
                    if (extracted >= 0 && (db.eventsApplied() >= kafka.endOffsets(Topics.EVENTS) || relationsLag == 0)) {
                        return new Timeline(ingested, extracted, now, nlpMax, relationsMax, relationsAtExtracted, activeMax,
                                loadMax);
                    }
                    if (System.nanoTime() >= nextPrint) {
                        OUT.printf(java.util.Locale.ROOT,
                                "  t=%5.1fs articles %d/%d, lag nlp %d relations %d, events applied %d, load %.1f%n",
                                now, articles, n, nlpLag, relationsLag, db.eventsApplied() - base.events(),
                                LoadAverage.oneMinute());
                        nextPrint = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    }
                } catch (IOException | java.util.concurrent.ExecutionException
                        | java.util.concurrent.TimeoutException e) {
                    // at load 55 the broker once took longer than the probe's 15 s to list the group's offsets
                    OUT.println("  check failed, trying again: " + e);
                }
                Thread.sleep(CHECK_EVERY.toMillis());
            }
            throw new IllegalStateException(
                    "the platform did not take all " + n + " articles within " + timeout.toMinutes() + " min");
        }
    }

    /** The platform's running totals at one moment: the warm-up's share is taken off the measured run's. */
    record Counters(long articles, double extracted, long events, Map<BenchReport.Stage, Double> stages,
            Map<String, Long> perNlp) {

        static Counters zero() {
            return new Counters(0, 0, 0, Map.of(), Map.of());
        }

        static Counters read(DrillStack stack, KafkaProbe kafka, Database db) throws Exception {
            Map<BenchReport.Stage, Double> stages = new LinkedHashMap<>();
            for (BenchReport.Stage stage : BenchReport.Stage.values()) {
                double sum = 0;
                for (String name : stack.serviceNames()) {
                    if (DrillStack.module(name).equals(stage.service)) {
                        sum += metricSum(stack.url(name), stage.metric);
                    }
                }
                stages.put(stage, sum);
            }
            Map<String, Long> perNlp = new LinkedHashMap<>();
            for (String name : stack.nlpNames()) {
                String metrics = metrics(stack.url(name));
                perNlp.put(name, (long) (sum(metrics, "entente_nlp_articles_processed_total")
                        + sum(metrics, "entente_nlp_articles_skipped_total")));
            }
            long extracted = perNlp.values().stream().mapToLong(Long::longValue).sum();
            return new Counters(kafka.endOffsets(Topics.ARTICLES), extracted, db.eventsApplied(), stages, perNlp);
        }

        Counters minus(Counters earlier) {
            Map<BenchReport.Stage, Double> stageDelta = new LinkedHashMap<>();
            stages.forEach((stage, value) -> stageDelta.put(stage, value - earlier.stages.getOrDefault(stage, 0.0)));
            Map<String, Long> nlpDelta = new LinkedHashMap<>();
            perNlp.forEach((name, value) -> nlpDelta.put(name, value - earlier.perNlp.getOrDefault(name, 0L)));
            return new Counters(articles - earlier.articles, extracted - earlier.extracted, events - earlier.events,
                    stageDelta, nlpDelta);
        }
    }
}
