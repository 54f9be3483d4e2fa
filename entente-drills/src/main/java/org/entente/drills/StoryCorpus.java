package org.entente.drills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The story corpus ({@code /stories/corpus.jsonl} and {@code /stories/events.jsonl} on the classpath, made by
 * {@link StoryCorpusGenerator}), served in an order shuffled with a fixed seed, so copies sometimes come before
 * their original and look-alikes interleave.
 */
public final class StoryCorpus implements ArticleSource {

    /**
     * Types whose two sides do the same thing (the writers' brief: "two sides agree/meet/fight"): direction is not compared.
     */
    static final Set<String> SYMMETRIC_TYPES = Set.of("AGREE", "CONSULT", "COOPERATE", "FIGHT");
    public static final long SHUFFLE_SEED = 1616L;
    /**
     * The seed of the dev/sealed split (README.md in the corpus directory): a nation pair's place in the random order
     * is SHA-256 over this seed, "|" and the pair, so any language can recompute the split.
     */
    public static final String SPLIT_SEED = "entente-stories-split-2026-12-04";
    public static final String DEV = "dev";
    public static final String SEALED = "sealed";
    /**
     * The blind half: events of {@link #BLIND_EXTENSION_WRITERS}, written after every tuning of the clustering by writers
     * who never saw it, on nation pairs no earlier writer used. Only its scores are read; unlike {@link #SEALED}, no
     * tuning has seen any of its figures.
     */
    public static final String BLIND = "blind";
    /**
     * Writers whose events all belong to the dev half: a blind extension written after the clustering had been tuned on
     * the first dev half (README.md in the corpus directory), on nation pairs the first writers had not used.
     */
    static final Set<String> DEV_EXTENSION_WRITERS = Set.of("w3");
    /** Writers whose events all belong to the {@link #BLIND} half (README.md in the corpus directory). */
    static final Set<String> BLIND_EXTENSION_WRITERS = Set.of("w4", "w5", "w6", "w7");

    /** One served article; {@code story} is the id of the original it repeats (its own id for an original). */
    public record Article(String id, String story, String kind, String outlet, String url, String canonical,
            Instant published, String title, String text, List<String> events) {
    }

    /** One real-world event of the gold. */
    public record GoldEvent(String id, String type, String source, String target, LocalDate date, String summary) {

        boolean sameTypeAndPair(String otherType, String otherSource, String otherTarget) {
            if (!type.equals(otherType)) {
                return false;
            }
            boolean same = source.equals(otherSource) && target.equals(otherTarget);
            boolean swapped = source.equals(otherTarget) && target.equals(otherSource);
            return same || (swapped && SYMMETRIC_TYPES.contains(type));
        }

        /** The unordered pair, {@code AAA|BBB} with the smaller code first, as relations-service names pairs. */
        String pair() {
            return source.compareTo(target) < 0 ? source + "|" + target : target + "|" + source;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Article> articles;
    private final Map<String, GoldEvent> events;
    private final List<Article> served;
    private final Map<String, String> halfOfPair;

    StoryCorpus(List<Article> articles, Map<String, GoldEvent> events) {
        this.articles = List.copyOf(articles);
        this.events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        List<Article> order = new ArrayList<>(articles);
        Collections.shuffle(order, new Random(SHUFFLE_SEED));
        this.served = List.copyOf(order);
        this.halfOfPair = split(this.events.values());
    }

    /**
     * Splits the gold events once into a dev half (read when tuning) and a sealed half (only scored), by nation pair:
     * every event of a pair, so every article of an event and every look-alike of it, lands in one half. Clustering
     * only ever joins reports of one pair, so each scored pair of reports belongs to exactly one half. The pairs in a
     * random order fixed by {@link #SPLIT_SEED} go to dev until dev holds at least half of the first writers' gold events;
     * the pairs of {@link #DEV_EXTENSION_WRITERS} all go to dev, those of {@link #BLIND_EXTENSION_WRITERS} to
     * {@link #BLIND}.
     */
    static Map<String, String> split(Collection<GoldEvent> events) {
        Map<String, Integer> perPair = new TreeMap<>();
        Map<String, String> extensionPairs = new TreeMap<>();
        for (GoldEvent e : events) {
            if (writtenBy(e, DEV_EXTENSION_WRITERS)) {
                extensionPairs.put(e.pair(), DEV);
            } else if (writtenBy(e, BLIND_EXTENSION_WRITERS)) {
                extensionPairs.put(e.pair(), BLIND);
            } else {
                perPair.merge(e.pair(), 1, Integer::sum);
            }
        }
        int firstSet = perPair.values().stream().mapToInt(Integer::intValue).sum();
        List<String> pairs = new ArrayList<>(perPair.keySet());
        pairs.sort(Comparator.comparing(StoryCorpus::splitRank).thenComparing(p -> p));
        Map<String, String> half = new LinkedHashMap<>();
        int dev = 0;
        for (String pair : pairs) {
            boolean toDev = 2 * dev < firstSet;
            half.put(pair, toDev ? DEV : SEALED);
            dev += toDev ? perPair.get(pair) : 0;
        }
        for (Map.Entry<String, String> pair : extensionPairs.entrySet()) {
            if (half.containsKey(pair.getKey())) {
                throw new IllegalArgumentException("the extension's pair " + pair.getKey() + " is already in the first set");
            }
            half.put(pair.getKey(), pair.getValue());
        }
        return half;
    }

    private static boolean writtenBy(GoldEvent e, Set<String> writers) {
        return writers.stream().anyMatch(w -> e.id().startsWith(w + "-"));
    }

    private static String splitRank(String pair) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((SPLIT_SEED + "|" + pair).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #DEV}, {@link #SEALED} or {@link #BLIND}: the half of the corpus's split the gold event is in. */
    public String half(GoldEvent event) {
        return halfOfPair.get(event.pair());
    }

    public static StoryCorpus load() {
        List<Article> articles = new ArrayList<>();
        for (JsonNode n : lines("/stories/corpus.jsonl")) {
            List<String> ev = new ArrayList<>();
            n.path("events").forEach(e -> ev.add(e.asText()));
            articles.add(new Article(n.path("article").asText(), n.path("story").asText(), n.path("kind").asText(),
                    n.path("outlet").asText(), n.path("url").asText(), n.path("canonical").asText(),
                    Instant.parse(n.path("published").asText()), n.path("title").asText(), n.path("text").asText(),
                    List.copyOf(ev)));
        }
        Map<String, GoldEvent> events = new LinkedHashMap<>();
        for (JsonNode n : lines("/stories/events.jsonl")) {
            events.put(n.path("event").asText(), new GoldEvent(n.path("event").asText(), n.path("type").asText(),
                    n.path("source").asText(), n.path("target").asText(), LocalDate.parse(n.path("date").asText()),
                    n.path("summary").asText()));
        }
        return new StoryCorpus(articles, events);
    }

    private static List<JsonNode> lines(String resource) {
        try (InputStream in = StoryCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (entente-drills test resources)");
            }
            List<JsonNode> nodes = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    nodes.add(JSON.readTree(l));
                }
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In generation order: originals, each followed by its copies. */
    public List<Article> articles() {
        return articles;
    }

    public Map<String, GoldEvent> events() {
        return events;
    }

    public int size() {
        return served.size();
    }

    /** The {@code index}-th article in serving order. */
    @Override
    public DrillArticle article(int index) {
        Article a = served.get(index);
        return new DrillArticle(index, a.url(), a.title(), a.text(), a.published());
    }
}
