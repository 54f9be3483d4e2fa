package org.entente.drills;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.entente.embedded.InfrastructureLog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How well same-story reports are joined: the story corpus ({@link StoryCorpus}, in a shuffled order) through the packaged
 * services on
 * the embedded platform, then pairwise precision and recall of "same story" (ingest-service's story reports) and of
 * "same event" (relations-service's {@code GET /api/v1/stories}), and each pair's tie next to what the gold says.
 * Writes {@code entente-drills/target/stories-report.md}; asserts nothing ({@code StoryDrillIT} holds the floors).
 */
public final class StoryDrill {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FEEDS = 20;
    private static final int PAGE = 100;

    private StoryDrill() {
    }

    /** events null when relations-service has no {@code /api/v1/stories} (answered 404). */
    public record Result(PairwiseScore stories, int served, int recorded, int published, StoryScores.EventResult events,
            String eventsNote, String summary) {
    }

    public static void main(String[] args) throws Exception {
        DrillOptions o = new DrillOptions(args,
                Map.of("settle-minutes", "25", "report", "entente-drills/target/stories-report.md"));
        Path home = Path.of(System.getProperty("entente.home", ".")).toAbsolutePath().normalize();
        Result r = run(home, Duration.ofMinutes(o.integer("settle-minutes")), home.resolve(o.text("report")), System.out);
        System.exit(r.summary().startsWith("STORIES settled") ? 0 : 1);
    }

    public static Result run(Path home, Duration settle, Path reportFile, PrintStream out) throws Exception {
        Path state = home.resolve("entente-drills/target/stories-state");
        DrillFiles.deleteRecursively(state);
        InfrastructureLog.to(state.resolve("logs/infrastructure.log"));
        StoryCorpus corpus = StoryCorpus.load();
        int n = corpus.size();
        Set<String> canonicals = new HashSet<>();
        corpus.articles().forEach(a -> canonicals.add(a.canonical()));
        String token = UUID.randomUUID().toString();
        ReleaseSchedule schedule = new ReleaseSchedule(n, 1_000_000);
        out.println("Story drill: " + n + " articles (" + canonicals.size() + " distinct URLs), " + corpus.events().size()
                + " gold events, released at once in a shuffled order on " + FEEDS + " feeds");
        try (DrillStack stack = new DrillStack(home, state, token, Map.of(), out);
                FeedServer feeds = new FeedServer(corpus, schedule, FEEDS, n / FEEDS + 1)) {
            stack.start();
            new AdminApi(token).registerFeeds(stack.url(DrillStack.INGEST), feeds.feedUrls(), 1);
            schedule.start();
            Database db = new Database(stack.jdbcUrl());
            boolean recordedAll = awaitReports(db, canonicals.size(), settle, out);
            boolean settled = recordedAll && new Settler(stack, db, 0, out).await(settle);
            Map<String, String> reported = storyReports(db);
            long published = db.articlesSeen();
            PairwiseScore stories = StoryScores.sameStory(corpus, reported);
            Http http = new Http(token);
            String relations = stack.url(DrillStack.RELATIONS);
            StoryScores.EventResult events = null;
            Map<String, double[]> storySums = null;
            String note;
            Http.Answer probe = http.get(relations + "/api/v1/stories?limit=1");
            if (probe.status() == 404 || probe.status() == 405) {
                note = "relations-service has no GET /api/v1/stories (answered " + probe.status()
                        + "): same event not measured";
            } else {
                List<JsonNode> pages = storyPages(http, relations);
                events = StoryScores.sameEvent(corpus, StoryScores.reports(pages));
                dumpEventLog(db, reportFile.resolveSibling("stories-events.jsonl"));
                storySums = StoryScores.storySums(pages);
                note = null;
            }
            List<String> ties = tieRows(http, relations, corpus, storySums);
            String summary = String.format(Locale.ROOT,
                    "STORIES %s served=%d recorded=%d/%d published=%d same-story P=%.3f R=%.3f %s",
                    settled ? "settled" : "NOT-SETTLED", n, reported.size(), canonicals.size(), published,
                    stories.precision(), stories.recall(), events == null ? "same-event=not-measured"
                            : String.format(Locale.ROOT,
                                    "same-event P=%.3f R=%.3f (dev P=%.3f R=%.3f, sealed P=%.3f R=%.3f, blind P=%.3f R=%.3f)"
                                            + " mapped=%d/%d",
                                    events.score().precision(), events.score().recall(), events.dev().precision(),
                                    events.dev().recall(), events.sealed().precision(), events.sealed().recall(),
                                    events.blind().precision(), events.blind().recall(), events.mapped(), events.reports()));
            Files.createDirectories(reportFile.getParent());
            Files.writeString(reportFile, report(corpus, summary, stories, reported, events, note, ties));
            out.println(summary);
            out.println("Report: " + reportFile);
            return new Result(stories, n, reported.size(), (int) published, events, note, summary);
        }
    }

    /** Until every distinct served URL has a story report (its own, or as a copy of another). */
    private static boolean awaitReports(Database db, int urls, Duration timeout, PrintStream out) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextPrint = 0;
        while (System.nanoTime() < deadline) {
            try {
                int recorded = storyReports(db).size();
                if (recorded >= urls) {
                    out.println("  every URL recorded: " + recorded);
                    return true;
                }
                if (System.nanoTime() >= nextPrint) {
                    out.println("  story reports " + recorded + "/" + urls);
                    nextPrint = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                }
            } catch (Exception e) {
                out.println("  check failed, trying again: " + e.getMessage());
            }
            Thread.sleep(2000);
        }
        return false;
    }

    /** Canonical URL -> the published article it was recorded under ({@code ingest.story_report}). */
    static Map<String, String> storyReports(Database db) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select url, article_id from ingest.story_report")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2).trim());
            }
        }
        return out;
    }

    /**
     * Every logged event with what clustering reads of it (one JSON object a line), so the clustering can be replayed
     * and tuned offline against the gold without running the platform again ({@code StoryReplay}, test sources).
     */
    static void dumpEventLog(Database db, Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, article_id, article_url, type, modality, source, target, subtype,"
                        + " cameo_code, event_time, confidence, sentence, trigger_text from relations.event_log order by id")) {
            String[] names = { "id", "articleId", "articleUrl", "type", "modality", "source", "target", "subtype",
                    "cameoCode", "eventTime", "confidence", "sentence", "trigger" };
            while (rs.next()) {
                ObjectNode n = JSON.createObjectNode();
                for (int i = 0; i < names.length; i++) {
                    if (i == 9) {
                        n.put(names[i], rs.getObject(i + 1, OffsetDateTime.class).toInstant().toString());
                    } else if (i == 10) {
                        n.put(names[i], rs.getDouble(i + 1));
                    } else {
                        n.put(names[i], rs.getString(i + 1));
                    }
                }
                out.append(JSON.writeValueAsString(n)).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private static List<JsonNode> storyPages(Http http, String relations) throws Exception {
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            String url = relations + "/api/v1/stories?limit=" + PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Http.Answer a = http.get(url);
            if (a.status() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + a.brief());
            }
            JsonNode page = JSON.readTree(a.body());
            pages.add(page);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null && pages.size() < 10_000);
        return pages;
    }

    /**
     * One Markdown row per gold pair: the API's tie (score now, report count) and relations-service's undecayed story
     * sum next to the gold's and the naive sums (StoryScores.goldTies).
     */
    private static List<String> tieRows(Http http, String relations, StoryCorpus corpus, Map<String, double[]> storySums)
            throws Exception {
        List<String> rows = new ArrayList<>();
        for (StoryScores.GoldTie g : StoryScores.goldTies(corpus).values()) {
            String[] pair = g.pair().split("\\|");
            Http.Answer a = http.get(relations + "/api/v1/ties/" + pair[0] + "/" + pair[1] + "?evidence=0");
            String api = "— | 0";
            if (a.status() == 200) {
                JsonNode t = JSON.readTree(a.body());
                api = String.format(Locale.ROOT, "%.2f | %d", t.path("score").asDouble(), t.path("eventCount").asLong());
            }
            double[] sum = storySums == null ? null : storySums.get(g.pair());
            String stories = storySums == null ? "— | — | —"
                    : sum == null ? "0 | 0.0 | 0.0"
                            : String.format(Locale.ROOT, "%d | %.1f | %.1f", (long) sum[1], sum[0], StoryScores.score(sum[0]));
            rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %d | %.1f | %.1f |", g.pair(), api,
                    stories, g.goldEvents(), g.goldSum(), g.goldScore(), g.articleMentions(), g.naiveSum(), g.naiveScore()));
        }
        return rows;
    }

    private static String report(StoryCorpus corpus, String summary, PairwiseScore stories, Map<String, String> reported,
            StoryScores.EventResult events, String note, List<String> ties) {
        Map<String, Integer> missingByKind = new java.util.TreeMap<>();
        Map<String, Integer> wrongByKind = new java.util.TreeMap<>();
        Map<String, String> storyOfOriginal = new HashMap<>();
        corpus.articles().stream().filter(a -> a.kind().equals("original"))
                .forEach(a -> storyOfOriginal.put(a.id(), reported.get(a.canonical())));
        for (StoryCorpus.Article a : corpus.articles()) {
            String got = reported.get(a.canonical());
            if (got == null) {
                missingByKind.merge(a.kind(), 1, Integer::sum);
            } else if (!a.kind().equals("original") && !got.equals(storyOfOriginal.get(a.story()))) {
                wrongByKind.merge(a.kind(), 1, Integer::sum);
            }
        }
        StringBuilder md = new StringBuilder("# Story drill\n\n`").append(summary).append("`\n\n");
        md.append("Corpus: ").append(corpus.size()).append(" articles served in a shuffled order (seed ")
                .append(StoryCorpus.SHUFFLE_SEED).append("), ").append(corpus.events().size()).append(" gold events.\n\n");
        md.append("## Same story (ingest-service)\n\nTwo served articles are predicted one story when `ingest.story_report` ")
                .append("records both under one published article; pairs over distinct canonical URLs.\n\n")
                .append("- ").append(stories).append("\n")
                .append("- copies not joined to their original's story, by kind: ").append(wrongByKind).append("\n")
                .append("- URLs without a story report, by kind: ").append(missingByKind).append("\n\n");
        md.append("## Same event (relations-service `GET /api/v1/stories`)\n\n");
        if (events == null) {
            md.append(note).append(".\n\n");
        } else {
            md.append("Each report maps to its article's gold event of the same type and pair (direction ignored for ")
                    .append(StoryCorpus.SYMMETRIC_TYPES).append("); pairs of mapped reports of different articles.\n\n")
                    .append("| half | same event |\n|---|---|\n")
                    .append("| dev (read when tuning) | ").append(events.dev()).append(" |\n")
                    .append("| sealed (only scored; some tunings saw its figures) | ").append(events.sealed()).append(" |\n")
                    .append("| blind (only scored; written after every tuning, never seen by one) | ").append(events.blind())
                    .append(" |\n")
                    .append("| all | ").append(events.score()).append(" |\n\n")
                    .append("The split (README.md in the corpus directory): gold events by nation pair, at random with a fixed seed; ")
                    .append("every scored pair of reports is of one pair and so of one half.\n\n")
                    .append("- reports: ").append(events.reports()).append(", mapped ").append(events.mapped())
                    .append(", article not in the corpus ").append(events.unknownArticle())
                    .append(", no gold event of that type and pair in the article (an extraction miss or a false event, ")
                    .append("not a clustering error) ").append(events.noGoldEvent()).append("\n\n");
        }
        md.append("## Ties per pair\n\n")
                .append("API: `GET /api/v1/ties/{a}/{b}`, its score today (decayed to now: the corpus is 2021-2025, so ")
                .append("near 0) and its event count (reports); relations-service's story events of the pair from ")
                .append("`GET /api/v1/stories` and their undecayed sum, Σ weight × c(outletCount), with 100 tanh(sum/25). ")
                .append("Gold: each gold event once, its PLOVER type weight (docs/tie-strength.md) × c(n), n the distinct ")
                .append("outlets of the original articles reporting it; naive: the type weight once per served article ")
                .append("(copies included) that reports it. Gold and naive are undecayed and know no subtype, modality or ")
                .append("confidence; c(n) = min(1.5, 1 + 0.25 log2 n).\n\n")
                .append("| pair | API score now | API reports | API stories | API Σ | API undecayed score | gold events | gold Σ | ")
                .append("gold score | articles | naive Σ | naive score |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        ties.forEach(r -> md.append(r).append('\n'));
        return md.toString();
    }
}
