package org.entente.drills;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of news-like articles: article {@code i} depends only on the seed, the
 * anchor instant and {@code i}, so a clean run and a run under faults read exactly the same text.
 * Each article has one or two diplomatic sentences between two of {@link #NATIONS} (agreements,
 * sanctions, talks, aid, threats, ...) and some neutral context, published within the
 * {@link #SPREAD} before the anchor.
 */
public final class Corpus implements ArticleSource {

    public static final long DEFAULT_SEED = 20261121L;
    static final Duration SPREAD = Duration.ofDays(3);
    static final String LINK_BASE = "https://wire.drills.entente.example/";

    /** English names the nlp-service gazetteer knows; 40 nations give 780 pairs. */
    static final List<String> NATIONS = List.of(
            "the United States", "China", "Russia", "India", "Pakistan", "Iran", "Saudi Arabia", "Israel",
            "Egypt", "Turkey", "Germany", "France", "Japan", "South Korea", "North Korea", "Brazil", "Mexico",
            "Canada", "Australia", "Indonesia", "Nigeria", "South Africa", "Kenya", "Ethiopia", "Ukraine",
            "Poland", "Qatar", "the United Arab Emirates", "Jordan", "Iraq", "Syria", "Vietnam",
            "the Philippines", "Argentina", "Chile", "Italy", "Spain", "Norway", "Sweden", "Greece");

    private static final List<String> CITIES = List.of(
            "Geneva", "Vienna", "Doha", "Oslo", "Singapore", "Nairobi", "Brussels", "Istanbul", "Jakarta", "Lima");

    private final long seed;
    private final Instant anchor;

    /** @param anchor the newest possible publication time; whole seconds keep RSS dates exact */
    public Corpus(long seed, Instant anchor) {
        this.seed = seed;
        this.anchor = anchor.truncatedTo(ChronoUnit.SECONDS);
    }

    public Instant anchor() {
        return anchor;
    }

    @Override
    public DrillArticle article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int a = random.nextInt(NATIONS.size());
        int b = (a + 1 + random.nextInt(NATIONS.size() - 1)) % NATIONS.size();
        String first = NATIONS.get(a);
        String second = NATIONS.get(b);
        String city = CITIES.get(random.nextInt(CITIES.size()));
        StoryTemplate lead = StoryTemplate.ALL.get(random.nextInt(StoryTemplate.ALL.size()));
        StringBuilder text = new StringBuilder(lead.sentence(first, second, city, random));
        text.append(' ').append(StoryTemplate.context(city, random));
        if (random.nextInt(3) == 0) {
            StoryTemplate follow = StoryTemplate.ALL.get(random.nextInt(StoryTemplate.ALL.size()));
            int c = (b + 1 + random.nextInt(NATIONS.size() - 1)) % NATIONS.size();
            text.append(' ').append(follow.sentence(second, NATIONS.get(c), city, random));
        }
        // The desk line makes every text unique, so ingest-service's content fingerprint never merges two; the index
        // recurs in it so that two articles with the same template, nations, city and context still differ in over a
        // third of their word shingles and are not near duplicates of one story (MinHashSketch, 0.7): the most
        // similar two of the 2,000 estimate 0.64.
        text.append(" The report was filed by the drill desk as item ").append(index)
                .append(", copy ").append(index).append(", page ").append(index).append(", line ").append(index)
                .append(", folio ").append(index).append(", entry ").append(index).append(", record ").append(index)
                .append(", sheet ").append(index).append('.');
        long seconds = Math.floorMod(random.nextLong(), SPREAD.toSeconds());
        return new DrillArticle(index,
                LINK_BASE + seed + "/" + index + "/" + lead.slug(),
                capitalise(lead.headline(first, second)),
                capitalise(text.toString()),
                anchor.minusSeconds(seconds));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
