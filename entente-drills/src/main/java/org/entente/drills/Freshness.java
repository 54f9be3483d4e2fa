package org.entente.drills;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Freshness, publication to alert (target: p99 under 2 s at 5 articles/s, docs/alerts.md): for every alert first
 * seen on topic {@code alerts}, the time from the moment a feed offered the earliest article of its evidence
 * (article {@code k} of the phase's corpus is offered {@code k / rate} seconds after the release) to the alert
 * record's timestamp (relations-service's producer stamps it when it publishes). The generated articles' own
 * publication times lie up to 3 days back, so the offer is the only honest start. A later revision of an alert
 * only joins events to it and is not counted: the raise is what a reader waits for.
 *
 * @param seconds one figure per alert, sorted
 * @param articlesWithAlert phase articles named in the evidence of at least one counted alert
 */
public record Freshness(double[] seconds, int articlesWithAlert, int articlesReleased, double perSecond) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record of topic {@code alerts}: its timestamp (ms since the epoch) and value. */
    public record AlertRecord(long timestampMillis, byte[] value) {
    }

    /**
     * @param linkPrefix the phase corpus' links up to the index ({@code .../dense/<seed>/}): other articles' evidence is
     *        ignored
     */
    public static Freshness measure(List<AlertRecord> records, String linkPrefix, Instant release, double perSecond,
            int released) throws IOException {
        return measure(records, linkPrefix, release, perSecond, released, false);
    }

    /**
     * The same alerts timed from the newest article of their first record's evidence instead: the report that
     * completed the evidence, which an alert cannot precede. An alert whose evidence already held older articles when it
     * was raised (a story that became alertable, or was keyed anew, with a later report) counts its wait for that later
     * report in {@link #measure}; here it does not. The two bound the platform's own delay from both sides.
     */
    public static Freshness measureFromNewest(List<AlertRecord> records, String linkPrefix, Instant release,
            double perSecond, int released) throws IOException {
        return measure(records, linkPrefix, release, perSecond, released, true);
    }

    private static Freshness measure(List<AlertRecord> records, String linkPrefix, Instant release, double perSecond,
            int released, boolean fromNewest) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<Integer> articles = new HashSet<>();
        List<Double> figures = new ArrayList<>();
        List<AlertRecord> byTime = new ArrayList<>(records);
        byTime.sort(java.util.Comparator.comparingLong(AlertRecord::timestampMillis));
        for (AlertRecord record : byTime) {
            JsonNode alert = JSON.readTree(record.value());
            if (!seen.add(alert.path("id").asText())) {
                continue;
            }
            int earliest = Integer.MAX_VALUE;
            int newest = -1;
            for (JsonNode evidence : alert.path("evidence")) {
                int index = index(evidence.path("articleUrl").asText(), linkPrefix);
                if (index >= 0) {
                    earliest = Math.min(earliest, index);
                    newest = Math.max(newest, index);
                    articles.add(index);
                }
            }
            if (newest >= 0) {
                int from = fromNewest ? newest : earliest;
                figures.add((record.timestampMillis() - offered(release, from, perSecond).toEpochMilli()) / 1000.0);
            }
        }
        double[] seconds = figures.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Freshness(seconds, articles.size(), released, perSecond);
    }

    /** The article's index in the phase corpus, or -1 for a link of another corpus. */
    static int index(String articleUrl, String linkPrefix) {
        if (!articleUrl.startsWith(linkPrefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(articleUrl.substring(linkPrefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** When {@link ReleaseSchedule} puts article {@code k} out: {@code k / rate} seconds after the release. */
    static Instant offered(Instant release, int k, double perSecond) {
        return release.plusNanos(Math.round(k / perSecond * 1e9));
    }

    public int count() {
        return seconds.length;
    }

    /** Nearest rank: the smallest figure with at least {@code p} percent of the figures at or below it. */
    public double percentile(double p) {
        if (seconds.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * seconds.length);
        return seconds[Math.max(0, rank - 1)];
    }

    public double max() {
        return seconds.length == 0 ? Double.NaN : seconds[seconds.length - 1];
    }

    public String markdown() {
        return String.format(Locale.ROOT,
                "| freshness, offered on a feed to alert on `alerts` (%d articles at %.1f/s; target p99 < 2 s) "
                        + "| p50 %.2f s, p95 %.2f s, **p99 %.2f s**, max %.2f s over %d alerts (from %d of the articles) | |",
                articlesReleased, perSecond, percentile(50), percentile(95), percentile(99), max(), count(), articlesWithAlert);
    }

    /** The row of {@link #measureFromNewest}'s figures. */
    public String markdownFromNewest() {
        return String.format(Locale.ROOT,
                "| the same alerts, from the offer of the newest article of their first evidence (the report that raised them) "
                        + "| p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s over %d alerts | |",
                percentile(50), percentile(95), percentile(99), max(), count());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Freshness other && Arrays.equals(seconds, other.seconds)
                && articlesWithAlert == other.articlesWithAlert
                && articlesReleased == other.articlesReleased && perSecond == other.perSecond;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(seconds) * 31 + articlesWithAlert;
    }

    @Override
    public String toString() {
        return markdown();
    }
}
