package org.entente.drills;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the time from a feed's offer to an alert goes, stage by stage, for the alerts {@link Freshness} counts: for
 * each alert's earliest article of the phase corpus, offered → fetched by ingest-service (the article's
 * {@code fetchedAt}: the feed poll interval and the fetch), fetched → published on {@code articles} (dedup and the
 * producer), on {@code articles} → the article's first record on {@code events} (nlp-service's consumer, extraction and
 * producer), and that event → the alert's first record on {@code alerts} (relations-service's consumer, the tie and
 * alert transaction, the outbox and its producer). Record times are the producers' timestamps, all on one host clock.
 *
 * @param stages per stage name, in pipeline order, the figures in seconds, sorted
 * @param alerts alerts with every stage found; the others (an article or event record not found) are left out
 */
public record FreshnessStages(Map<String, double[]> stages, int alerts) {

    public static final String OFFER_TO_FETCH = "offered on a feed → fetched by ingest-service";
    public static final String FETCH_TO_ARTICLE = "fetched → on `articles`";
    public static final String ARTICLE_TO_EVENT = "on `articles` → first event on `events`";
    public static final String EVENT_TO_ALERT = "first event → alert on `alerts`";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record of topic {@code articles} or {@code events}: its timestamp (ms since the epoch) and value. */
    public record TopicRecord(long timestampMillis, byte[] value) {
    }

    public static FreshnessStages measure(List<Freshness.AlertRecord> alertRecords, List<TopicRecord> articleRecords,
            List<TopicRecord> eventRecords, String linkPrefix, Instant release, double perSecond) throws IOException {
        Map<String, long[]> articles = new HashMap<>(); // url -> {fetchedAt, record time}, the first record of the url
        for (TopicRecord record : articleRecords) {
            JsonNode article = JSON.readTree(record.value());
            long fetched = Instant.parse(article.path("fetchedAt").asText()).toEpochMilli();
            articles.merge(article.path("canonicalUrl").asText(), new long[] { fetched, record.timestampMillis() },
                    (a, b) -> a[1] <= b[1] ? a : b);
        }
        Map<String, Long> firstEvent = new HashMap<>();
        for (TopicRecord record : eventRecords) {
            JsonNode event = JSON.readTree(record.value());
            firstEvent.merge(event.path("articleUrl").asText(), record.timestampMillis(), Math::min);
        }
        List<Freshness.AlertRecord> byTime = new ArrayList<>(alertRecords);
        byTime.sort(java.util.Comparator.comparingLong(Freshness.AlertRecord::timestampMillis));
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (String stage : List.of(OFFER_TO_FETCH, FETCH_TO_ARTICLE, ARTICLE_TO_EVENT, EVENT_TO_ALERT)) {
            figures.put(stage, new ArrayList<>());
        }
        Set<String> seen = new HashSet<>();
        int counted = 0;
        for (Freshness.AlertRecord record : byTime) {
            JsonNode alert = JSON.readTree(record.value());
            if (!seen.add(alert.path("id").asText())) {
                continue;
            }
            int earliest = Integer.MAX_VALUE;
            String url = null;
            for (JsonNode evidence : alert.path("evidence")) {
                String link = evidence.path("articleUrl").asText();
                int index = Freshness.index(link, linkPrefix);
                if (index >= 0 && index < earliest) {
                    earliest = index;
                    url = link;
                }
            }
            long[] article = url == null ? null : articles.get(url);
            Long event = url == null ? null : firstEvent.get(url);
            if (article == null || event == null) {
                continue;
            }
            long offered = Freshness.offered(release, earliest, perSecond).toEpochMilli();
            figures.get(OFFER_TO_FETCH).add((article[0] - offered) / 1000.0);
            figures.get(FETCH_TO_ARTICLE).add((article[1] - article[0]) / 1000.0);
            figures.get(ARTICLE_TO_EVENT).add((event - article[1]) / 1000.0);
            figures.get(EVENT_TO_ALERT).add((record.timestampMillis() - event) / 1000.0);
            counted++;
        }
        Map<String, double[]> stages = new LinkedHashMap<>();
        figures.forEach((stage, list) -> stages.put(stage, list.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        return new FreshnessStages(stages, counted);
    }

    /** Nearest rank, as {@link Freshness#percentile}. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public String markdown() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| stage (%d alerts, each from its earliest article) | p50 | p95 | p99 | max |%n|---|---|---|---|---|%n",
                alerts));
        stages.forEach((stage,
                sorted) -> table.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s | %.2f s |%n",
                        stage, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1])));
        return table.toString();
    }
}
