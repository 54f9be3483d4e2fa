package org.entente.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.Nations;
import org.entente.relations.domain.ScoringParameters;
import org.entente.relations.domain.StoryParameters;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.stories.Story;
import org.entente.relations.stories.StoryClustering;
import org.entente.relations.stories.StoryReport;
import org.entente.relations.stories.StoryReports;
import org.entente.relations.stories.StoryStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The story drill's "same event" score, replayed offline: relations-service's own {@link StoryClustering} (the code
 * and parameters on the classpath) over the reports a drill run logged ({@code entente-drills/target/stories-events.jsonl},
 * {@code StoryDrill.dumpEventLog}), scored by the drill's own {@link StoryScores#sameEvent}. A clustering change is
 * judged in seconds instead of a 7-minute run on the same extraction.
 *
 * <p>
 * What it prints keeps the sealed half sealed: for the sealed half only precision, recall and counts (missed
 * pairs by the reason {@link StoryClustering#apart} gives, unmapped reports by kind); sentences and ids of missed
 * pairs, and of falsely joined ones, only for the dev half.
 *
 * <pre>
 * java -cp entente-drills/target/test-classes:entente-drills/target/classes:relations-service/target/classes:$(cat entente-drills/target/cp.txt) \
 *   org.entente.drills.StoryReplay entente-drills/target/stories-events.jsonl
 * </pre>
 */
public final class StoryReplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryReplay() {
    }

    /** One logged event: what clustering reads, and the article URL the scorer maps it by. */
    public record Logged(StoryReport report, String articleUrl, String sentence) {
    }

    /**
     * The replay's figures.
     *
     * @param events the drill's scorer on the replayed stories
     * @param missedByHalf half -> reason -> missed gold pairs (same gold event, different stories)
     * @param falseByHalf half -> reason-free count of predicted pairs of different gold events
     * @param unmapped half ("dev", "sealed", "none" for a pair of no gold event) -> kind -> reports
     * @param lostPairs half -> {gold pairs had every published article's report been mapped, scored gold pairs}
     * @param devMisses one line per missed dev pair, with both sentences
     * @param devFalse one line per falsely joined dev pair (two gold events in one story), with both sentences
     */
    public record Result(StoryScores.EventResult events, Map<String, Map<String, Integer>> missedByHalf,
            Map<String, Integer> falseByHalf, Map<String, Map<String, Integer>> unmapped,
            Map<String, long[]> lostPairs, List<String> devMisses, List<String> devFalse) {
    }

    /** Reads a drill's event log dump, weighing reports with the default tie model as relations-service does. */
    public static List<Logged> read(Path jsonl) throws IOException {
        StoryReports reports = new StoryStore(Nations.load()).reports(new TieScorer(ScoringParameters.defaults()));
        List<Logged> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            CheckedEvent e = new CheckedEvent(n.path("id").asText(), n.path("articleId").asText(),
                    n.path("articleUrl").asText(), null, null, text(n, "sentence"), null, null,
                    EventType.valueOf(n.path("type").asText()), text(n, "subtype"), text(n, "cameoCode"),
                    n.path("source").asText(), n.path("target").asText(), Modality.parse(n.path("modality").asText()),
                    n.path("confidence").asDouble(), text(n, "trigger"), Instant.parse(n.path("eventTime").asText()), null,
                    null);
            out.add(new Logged(reports.of(e), e.articleUrl(), e.sentence()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    public static Result replay(StoryCorpus corpus, List<Logged> logged, StoryParameters parameters) {
        StoryClustering clustering = new StoryClustering(parameters);
        logged.forEach(l -> clustering.add(l.report()));
        Map<String, Logged> byEvent = new HashMap<>();
        logged.forEach(l -> byEvent.put(l.report().eventId(), l));
        List<StoryScores.Report> reports = new ArrayList<>();
        for (Story s : clustering.stories()) {
            for (StoryReport r : s.reports()) {
                reports.add(new StoryScores.Report(s.id(), s.lead().type().name(), s.lead().source(), s.lead().target(),
                        r.eventId(), r.articleId(), byEvent.get(r.eventId()).articleUrl(), r.outlet(), r.eventTime(),
                        r.eventDay(), s.weight()));
            }
        }
        StoryScores.EventResult events = StoryScores.sameEvent(corpus, reports);
        Map<String, String> goldOf = events.goldOfReport();
        List<Logged> mapped = logged.stream().filter(l -> goldOf.containsKey(l.report().eventId())).toList();
        Map<String, Map<String, Integer>> missed = new TreeMap<>();
        Map<String, Integer> falsePairs = new TreeMap<>();
        List<String> devMisses = new ArrayList<>();
        List<String> devFalse = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            for (int j = i + 1; j < mapped.size(); j++) {
                StoryReport a = mapped.get(i).report();
                StoryReport b = mapped.get(j).report();
                if (a.articleId().equals(b.articleId())) {
                    continue;
                }
                String gold = goldOf.get(a.eventId());
                boolean sameGold = gold.equals(goldOf.get(b.eventId()));
                boolean together = clustering.storyOf(a.eventId()).id().equals(clustering.storyOf(b.eventId()).id());
                String half = corpus.half(corpus.events().get(gold));
                if (together && !sameGold) {
                    falsePairs.merge(half, 1, Integer::sum);
                    if (StoryCorpus.DEV.equals(half)) {
                        devFalse.add(String.format(Locale.ROOT, "%s %s | %s %s %s %s %s %s | %s %s %s %s %s %s", gold,
                                goldOf.get(b.eventId()), a.outlet(), a.eventTime(), a.modality(), a.subtype(),
                                a.eventDay(), mapped.get(i).sentence(), b.outlet(), b.eventTime(), b.modality(),
                                b.subtype(), b.eventDay(), mapped.get(j).sentence()));
                    }
                } else if (sameGold && !together) {
                    String reason = reason(corpus, clustering, mapped.get(i), mapped.get(j));
                    missed.computeIfAbsent(half, h -> new TreeMap<>()).merge(reason, 1, Integer::sum);
                    if (StoryCorpus.DEV.equals(half)) {
                        devMisses.add(String.format(Locale.ROOT, "%s %s | %s %s %s %s %s | %s %s %s %s %s", reason, gold,
                                a.outlet(), a.eventTime(), a.modality(), a.subtype(), mapped.get(i).sentence(), b.outlet(),
                                b.eventTime(), b.modality(), b.subtype(), mapped.get(j).sentence()));
                    }
                }
            }
        }
        return new Result(events, missed, falsePairs, unmapped(corpus, logged, goldOf), lostPairs(corpus, mapped, goldOf),
                devMisses, devFalse);
    }

    /** The first check that keeps the pair apart; "linked but split" when linked yet in two stories (StoryPartition). */
    private static String reason(StoryCorpus corpus, StoryClustering clustering, Logged a, Logged b) {
        StoryClustering.Apart apart = clustering.apart(a.report(), b.report());
        String why = apart == null ? "linked but split" : apart.name().toLowerCase(Locale.ROOT);
        if (apart == StoryClustering.Apart.WINDOW) {
            long days = Math.abs(a.report().eventTime().toEpochMilli() - b.report().eventTime().toEpochMilli()) / 86_400_000L;
            why += " " + a.report().type() + " " + (days < 7 ? days + "-" + (days + 1) + " days"
                    : days < 28 ? "1-4 weeks"
                            : "over 4 weeks")
                    + ", " + named(a.report(), b.report());
        }
        if (apart == StoryClustering.Apart.DAY) {
            why += dayDetail(a.report(), b.report());
        }
        return ambiguous(corpus, a) || ambiguous(corpus, b) ? why + " (article with two gold events of the type)" : why;
    }

    private static String named(StoryReport a, StoryReport b) {
        int n = (a.eventDay() != null ? 1 : 0) + (b.eventDay() != null ? 1 : 0);
        return n == 2 ? "both name a day" : n == 1 ? "one names a day" : "neither names a day";
    }

    /** How the days of a pair kept apart by the day rule differ: both named, or one named against a publication day. */
    private static String dayDetail(StoryReport a, StoryReport b) {
        if (a.eventDay() != null && b.eventDay() != null) {
            long gap = Math.max(a.eventDay().toEpochDay() - b.lastEventDay().toEpochDay(),
                    b.eventDay().toEpochDay() - a.lastEventDay().toEpochDay());
            return ", both name a day, " + gap + " apart";
        }
        StoryReport named = a.eventDay() != null ? a : b;
        StoryReport other = named == a ? b : a;
        if (named.eventDay() == null) {
            return ", neither names a day";
        }
        long published = other.eventTime().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toEpochDay();
        long gap = named.eventDay().toEpochDay() > published ? named.eventDay().toEpochDay() - published
                : named.lastEventDay().toEpochDay() - published;
        return ", one names a day " + gap + " from the other's publication day";
    }

    /** Whether the report's article tells of two gold events of its type and pair: the scorer picks one by date. */
    private static boolean ambiguous(StoryCorpus corpus, Logged l) {
        StoryCorpus.Article article = article(corpus, l.articleUrl());
        StoryReport r = l.report();
        return article != null && article.events().stream().map(corpus.events()::get)
                .filter(g -> g.sameTypeAndPair(r.type().name(), r.source(), r.target())).count() > 1;
    }

    private static StoryCorpus.Article article(StoryCorpus corpus, String url) {
        return corpus.articles().stream().filter(a -> a.canonical().equals(url)).findFirst().orElse(null);
    }

    /** Reports the scorer could not map, by half of their pair and by what their article's gold says instead. */
    private static Map<String, Map<String, Integer>> unmapped(StoryCorpus corpus, List<Logged> logged,
            Map<String, String> goldOf) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (Logged l : logged) {
            StoryReport r = l.report();
            if (goldOf.containsKey(r.eventId())) {
                continue;
            }
            String pair = r.source().compareTo(r.target()) < 0 ? r.source() + "|" + r.target() : r.target() + "|" + r.source();
            String half = corpus.events().values().stream().filter(g -> g.pair().equals(pair)).findFirst()
                    .map(corpus::half).orElse("none");
            StoryCorpus.Article article = article(corpus, l.articleUrl());
            String kind;
            if (article == null) {
                kind = "article not in the corpus";
            } else {
                List<StoryCorpus.GoldEvent> golds = article.events().stream().map(corpus.events()::get).toList();
                if (golds.stream().anyMatch(g -> g.sameTypeAndPair(r.type().name(), r.target(), r.source()))) {
                    kind = "direction flipped";
                } else if (golds.stream().anyMatch(g -> g.pair().equals(pair))) {
                    // which types, for the dev half only: the sealed half's gold stays sealed
                    kind = "other PLOVER type than the gold's" + (!StoryCorpus.DEV.equals(half) ? ""
                            : " (" + r.type()
                                    + " for "
                                    + golds.stream().filter(g -> g.pair().equals(pair)).map(StoryCorpus.GoldEvent::type)
                                            .distinct().sorted().toList()
                                    + ")");
                } else {
                    kind = "pair not in the article's gold";
                }
            }
            out.computeIfAbsent(half, h -> new TreeMap<>()).merge(kind, 1, Integer::sum);
        }
        return out;
    }

    /**
     * Per half: the gold pairs there would be if every story ingest published (one article per original) had a mapped
     * report of each gold event its original tells, against the pairs of stories that do. Pairs lost to extraction.
     */
    private static Map<String, long[]> lostPairs(StoryCorpus corpus, List<Logged> mapped, Map<String, String> goldOf) {
        Map<String, Set<String>> told = new HashMap<>();
        corpus.articles().stream().filter(a -> a.kind().equals("original"))
                .forEach(a -> a.events().forEach(e -> told.computeIfAbsent(e, k -> new HashSet<>()).add(a.story())));
        Map<String, Set<String>> reported = new HashMap<>();
        for (Logged l : mapped) {
            StoryCorpus.Article a = article(corpus, l.articleUrl());
            reported.computeIfAbsent(goldOf.get(l.report().eventId()), k -> new HashSet<>()).add(a.story());
        }
        Map<String, long[]> out = new TreeMap<>();
        told.forEach((gold, stories) -> {
            long[] pairs = out.computeIfAbsent(corpus.half(corpus.events().get(gold)), h -> new long[2]);
            long n = stories.size();
            long m = reported.getOrDefault(gold, Set.of()).size();
            pairs[0] += n * (n - 1) / 2;
            pairs[1] += m * (m - 1) / 2;
        });
        return out;
    }

    /** Prints the replay: the drill's figures, the reason counts, and the dev half's missed pairs. */
    public static String print(Result r) {
        StoryScores.EventResult e = r.events();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "REPLAY same-event P=%.3f R=%.3f (dev P=%.3f R=%.3f, sealed P=%.3f R=%.3f, blind P=%.3f R=%.3f) mapped=%d/%d%n",
                e.score().precision(), e.score().recall(), e.dev().precision(), e.dev().recall(), e.sealed().precision(),
                e.sealed().recall(), e.blind().precision(), e.blind().recall(), e.mapped(), e.reports()));
        out.append("dev ").append(e.dev()).append("\nsealed ").append(e.sealed()).append("\nblind ").append(e.blind())
                .append('\n');
        out.append("missed gold pairs by reason: ").append(r.missedByHalf()).append('\n');
        out.append("false pairs: ").append(r.falseByHalf()).append('\n');
        out.append("unmapped reports: ").append(r.unmapped()).append('\n');
        r.lostPairs().forEach((half, p) -> out.append(String.format(Locale.ROOT,
                "%s: %d gold pairs if every published story's report were mapped, %d between mapped reports%n", half, p[0],
                p[1])));
        r.devMisses().forEach(m -> out.append("dev miss: ").append(m).append('\n'));
        r.devFalse().forEach(m -> out.append("dev false join: ").append(m).append('\n'));
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "entente-drills/target/stories-events.jsonl");
        System.out.print(print(replay(StoryCorpus.load(), read(file), StoryParameters.defaults())));
    }
}
