package org.entente.drills;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The story drill's arithmetic, plain Java: "same story" over served articles (from ingest's story reports), "same
 * event" over the reports of relations-service's story events mapped to the gold, and the tie values the gold implies.
 */
public final class StoryScores {

    /**
     * PLOVER type weights as in docs/tie-strength.md (relations-service's defaults), for the gold and naive tie sums:
     * the gold knows the type of an event, not its subtype, modality or extraction confidence.
     */
    static final Map<String, Double> TYPE_WEIGHTS = Map.ofEntries(Map.entry("AGREE", 2.5), Map.entry("CONSULT", 2.5),
            Map.entry("SUPPORT", 5.0), Map.entry("CONCEDE", 4.5), Map.entry("COOPERATE", 9.5), Map.entry("AID", 10.0),
            Map.entry("RETREAT", 6.5), Map.entry("REQUEST", 0.0), Map.entry("REJECT", -2.0), Map.entry("THREATEN", -3.5),
            Map.entry("PROTEST", -5.0), Map.entry("SANCTION", -6.0), Map.entry("MOBILIZE", -5.5), Map.entry("COERCE", -7.0),
            Map.entry("ASSAULT", -9.0), Map.entry("ACCUSE", -3.0), Map.entry("DEMAND", -2.5), Map.entry("DISAPPROVE", -2.0),
            Map.entry("INVESTIGATE", -1.0), Map.entry("FIGHT", -10.0));
    static final double SCALE = 25.0;

    private StoryScores() {
    }

    /**
     * "Same story": two served articles are predicted the same story when ingest-service recorded them under one
     * published article ({@code story_report.article_id}); an article whose canonical URL has no report is its own
     * story (it was lost, and counts against recall).
     *
     * @param reportedStory canonical URL -> published article id, from {@code ingest.story_report}
     */
    public static PairwiseScore sameStory(StoryCorpus corpus, Map<String, String> reportedStory) {
        List<PairwiseScore.Item> items = new ArrayList<>();
        for (StoryCorpus.Article a : corpus.articles()) {
            String predicted = reportedStory.getOrDefault(a.canonical(), "missing:" + a.id());
            // a tracking-parameter copy is the same URL as its original: one item, not a pair ingest could get wrong
            items.add(new PairwiseScore.Item(predicted, a.story(), null));
        }
        return PairwiseScore.of(dropSameUrl(corpus, items));
    }

    private static List<PairwiseScore.Item> dropSameUrl(StoryCorpus corpus, List<PairwiseScore.Item> items) {
        Map<String, PairwiseScore.Item> byCanonical = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byCanonical.putIfAbsent(corpus.articles().get(i).canonical(), items.get(i));
        }
        return List.copyOf(byCanonical.values());
    }

    /** One report of a story event, as {@code GET /api/v1/stories} gives it, with its story's type and pair. */
    /**
     * One report of a story event; {@code eventDay} is the day its sentence names for the event as relations-service
     * reads it (the story API's {@code eventDay}), null when it names none.
     */
    public record Report(String storyId, String type, String source, String target, String eventId, String articleId,
            String articleUrl, String outlet, Instant eventTime, LocalDate eventDay, double weight) {

        /** The day the report tells of: the one its sentence names, else its publication day. */
        LocalDate toldDay() {
            return eventDay != null ? eventDay : eventTime == null ? null : LocalDate.ofInstant(eventTime, ZoneOffset.UTC);
        }
    }

    /** Every report of every story in the pages of {@code GET /api/v1/stories} (contract in the drill's README). */
    public static List<Report> reports(List<JsonNode> pages) {
        List<Report> out = new ArrayList<>();
        for (JsonNode page : pages) {
            for (JsonNode s : page.path("stories")) {
                for (JsonNode r : s.path("reports")) {
                    out.add(new Report(s.path("id").asText(), s.path("type").asText(), s.path("source").asText(),
                            s.path("target").asText(), r.path("eventId").asText(), r.path("articleId").asText(),
                            r.path("articleUrl").asText(), r.path("outlet").asText(),
                            r.hasNonNull("eventTime") ? Instant.parse(r.path("eventTime").asText()) : null,
                            r.hasNonNull("eventDay") ? LocalDate.parse(r.path("eventDay").asText()) : null,
                            s.path("weight").asDouble()));
                }
            }
        }
        return out;
    }

    /**
     * Per unordered pair, relations-service's own undecayed sum and story count: Σ over its story events of
     * weight × c(outletCount), the terms its tie adds up before decay (docs/tie-strength.md, Story events).
     */
    public static Map<String, double[]> storySums(List<JsonNode> pages) {
        Map<String, double[]> sums = new TreeMap<>();
        for (JsonNode page : pages) {
            for (JsonNode s : page.path("stories")) {
                String a = s.path("source").asText();
                String b = s.path("target").asText();
                double[] sum = sums.computeIfAbsent(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, k -> new double[2]);
                sum[0] += s.path("weight").asDouble() * corroboration(s.path("outletCount").asInt(1));
                sum[1]++;
            }
        }
        return sums;
    }

    /** "Same event" over the mapped reports, and how many reports could not be mapped to a gold event. */
    public record EventResult(PairwiseScore score, int reports, int mapped, int unknownArticle, int noGoldEvent,
            Map<String, String> goldOfReport, PairwiseScore dev, PairwiseScore sealed, PairwiseScore blind) {
    }

    /**
     * Maps each report to the gold event of its article with the same type and pair (direction ignored for
     * {@link StoryCorpus#SYMMETRIC_TYPES}; of two candidates, the one dated closest to the day the report tells of:
     * the day its sentence names, else its publication day) and
     * counts pairs of mapped reports of different articles: predicted together when in one story event, gold together
     * when mapped to one gold event. A report whose article is not in the corpus, or whose article has no such gold
     * event (an extraction miss or a false event, not a clustering error), is counted apart.
     */
    public static EventResult sameEvent(StoryCorpus corpus, List<Report> reports) {
        Map<String, StoryCorpus.Article> byCanonical = new HashMap<>();
        corpus.articles().forEach(a -> byCanonical.putIfAbsent(a.canonical(), a));
        List<PairwiseScore.Item> items = new ArrayList<>();
        Map<String, List<PairwiseScore.Item>> byHalf = new HashMap<>();
        Map<String, String> goldOfReport = new LinkedHashMap<>();
        int unknown = 0;
        int noGold = 0;
        for (Report r : reports) {
            StoryCorpus.Article a = byCanonical.get(r.articleUrl());
            if (a == null) {
                unknown++;
                continue;
            }
            StoryCorpus.GoldEvent gold = a.events().stream().map(corpus.events()::get)
                    .filter(g -> g.sameTypeAndPair(r.type(), r.source(), r.target()))
                    .min(Comparator.comparingLong(
                            g -> r.toldDay() == null ? 0 : Math.abs(g.date().toEpochDay() - r.toldDay().toEpochDay())))
                    .orElse(null);
            if (gold == null) {
                noGold++;
                continue;
            }
            goldOfReport.put(r.eventId(), gold.id());
            PairwiseScore.Item item = new PairwiseScore.Item(r.storyId(), gold.id(), r.articleId());
            items.add(item);
            byHalf.computeIfAbsent(corpus.half(gold), h -> new ArrayList<>()).add(item);
        }
        return new EventResult(PairwiseScore.of(items), reports.size(), items.size(), unknown, noGold, goldOfReport,
                PairwiseScore.of(byHalf.getOrDefault(StoryCorpus.DEV, List.of())),
                PairwiseScore.of(byHalf.getOrDefault(StoryCorpus.SEALED, List.of())),
                PairwiseScore.of(byHalf.getOrDefault(StoryCorpus.BLIND, List.of())));
    }

    /**
     * A pair's tie sums without decay: what the gold says if every gold event counts once (with relations-service's
     * corroboration by its distinct outlets), and if every served article counts.
     */
    public record GoldTie(String pair, int goldEvents, double goldSum, int articleMentions, double naiveSum) {

        double goldScore() {
            return score(goldSum);
        }

        double naiveScore() {
            return score(naiveSum);
        }
    }

    static double score(double sum) {
        return 100 * Math.tanh(sum / SCALE);
    }

    /** relations-service's default corroboration (docs/tie-strength.md, Story events): min(1.5, 1 + 0.25 log2 n). */
    static double corroboration(int outlets) {
        return Math.min(1.5, 1 + 0.25 * (Math.log(Math.max(1, outlets)) / Math.log(2)));
    }

    /**
     * Per unordered pair: gold = Σ over the pair's gold events of typeWeight × c(n), n the distinct outlets of the
     * original articles that report it (a copy is not an independent outlet); naive = Σ over every served article
     * (copies included) of typeWeight of each gold event it reports, which is what counting every printed report
     * gives. Undecayed (the corpus spans 2021-2025; decayed to today every score would round to 0), on
     * relations-service's formula: score = 100 tanh(sum / 25).
     */
    public static Map<String, GoldTie> goldTies(StoryCorpus corpus) {
        Map<String, java.util.Set<String>> outlets = new HashMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, double[]> sums = new TreeMap<>();
        for (StoryCorpus.Article a : corpus.articles()) {
            for (String e : a.events()) {
                StoryCorpus.GoldEvent g = corpus.events().get(e);
                counts.computeIfAbsent(g.pair(), k -> new int[2])[1]++;
                sums.computeIfAbsent(g.pair(), k -> new double[2])[1] += TYPE_WEIGHTS.getOrDefault(g.type(), 0.0);
                if (a.kind().equals("original")) {
                    outlets.computeIfAbsent(e, k -> new java.util.HashSet<>()).add(a.outlet());
                }
            }
        }
        for (StoryCorpus.GoldEvent g : corpus.events().values()) {
            if (outlets.containsKey(g.id())) {
                counts.get(g.pair())[0]++;
                sums.get(g.pair())[0] += TYPE_WEIGHTS.getOrDefault(g.type(), 0.0) * corroboration(outlets.get(g.id()).size());
            }
        }
        Map<String, GoldTie> ties = new TreeMap<>();
        sums.forEach((pair, s) -> ties.put(pair, new GoldTie(pair, counts.get(pair)[0], s[0], counts.get(pair)[1], s[1])));
        return ties;
    }
}
