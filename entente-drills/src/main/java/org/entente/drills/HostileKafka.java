package org.entente.drills;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.contracts.Topics;

/**
 * Records the hostile drill writes straight to the topics, as a broken or hostile producer would:
 * valid events (for the alert replay), events dated 9999, 0001 and five years ahead, events with
 * spreadsheet formulas, and docs/bad-input.md's poison records; then the dead letters they must become.
 */
final class HostileKafka implements AutoCloseable {

    /** Nations of the synthetic events; none of them appears in the drill's articles. */
    static final List<String> SYNTHETIC_NATIONS = List.of("USA", "CHN", "RUS", "IND", "PAK", "IRN", "SAU", "ISR", "TUR",
            "KOR", "PRK", "UKR", "QAT", "ARE", "JOR", "IRQ", "SYR");
    static final String SYNTHETIC_PREFIX = "hostile-synthetic-";
    static final String DATE_VALID_AFTER = "hostile-date-valid-after";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final KafkaProducer<String, byte[]> producer;
    /** Key of each record that must become a dead letter, with the check's item and input. */
    private final Map<String, String[]> expectedEventDeadLetters = new LinkedHashMap<>();
    private final Map<String, String[]> expectedArticleDeadLetters = new LinkedHashMap<>();

    HostileKafka(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(2 * 1024 * 1024)),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * {@code n} valid events over the synthetic nations' pairs (SAU-IRN among them), published within the last day.
     * Each sentence names a day of its own, so each is a distinct event (its own story and its own alert), as the
     * alert-stream checks need: a replay larger than the kernel's socket buffers, which only then can show whether the
     * server cuts off a client that never reads. Without the day, one pair's look-alike reports are one story.
     */
    void syntheticEvents(int n, Instant now) throws Exception {
        for (int i = 0; i < n; i++) {
            String a = SYNTHETIC_NATIONS.get(i % SYNTHETIC_NATIONS.size());
            String b = SYNTHETIC_NATIONS.get((i / SYNTHETIC_NATIONS.size() + 1 + i) % SYNTHETIC_NATIONS.size());
            if (a.equals(b)) {
                b = "SAU".equals(a) ? "IRN" : "SAU";
            }
            String day = DAY.format(now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(i));
            String sentence = a + " and " + b + " agreed on " + day + " to restore relations (synthetic " + i + ").";
            producer.send(new ProducerRecord<>(Topics.EVENTS, pairKey(a, b), HostileInputs.bytes(HostileInputs.event(
                    SYNTHETIC_PREFIX + i, a, b, now.minusSeconds(60L * (i % 1440)), sentence, "Synthetic " + i))));
        }
        producer.flush();
    }

    /** Item 1 at relations-service: events dated 9999 (twice, same pair), 0001 and five years ahead, then a valid one. */
    void datedEvents(Instant now) throws Exception {
        Instant y9999 = Instant.parse("9999-12-31T00:00:00Z");
        expectEvent("hostile-date-9999-a", y9999, now, "an event dated 9999-12-31");
        expectEvent("hostile-date-9999-b", y9999.minus(1, ChronoUnit.DAYS), now,
                "a second event of the same pair dated 9999-12-30");
        expectEvent("hostile-date-0001", Instant.parse("0001-01-01T00:00:00Z"), now, "an event dated 0001-01-01");
        expectEvent("hostile-date-5y-ahead", now.plus(5 * 366, ChronoUnit.DAYS), now, "an event dated five years ahead");
        send(Topics.EVENTS, "IND|PAK", HostileInputs
                .bytes(HostileInputs.event(DATE_VALID_AFTER, "IND", "PAK", now, "India and Pakistan agreed.", "valid")));
        producer.flush();
    }

    private void expectEvent(String id, Instant time, Instant now, String input) throws Exception {
        send(Topics.EVENTS, id,
                HostileInputs.bytes(HostileInputs.event(id, "IND", "PAK", time, "India and Pakistan agreed.", input)));
        expectedEventDeadLetters.put(id, new String[] { "item 1 (relations-service)", input + " on topic events" });
    }

    /** Item 7: events whose title and sentence start with spreadsheet formula characters (pair EGY-PHL). */
    void formulaEvents(Instant now) throws Exception {
        String[][] cells = {
                { "=HYPERLINK(\"http://evil.example/\",\"click\")", "=1+1 Egypt agreed with the Philippines." },
                { "+cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0 Egypt agreed with the Philippines." },
                { "-2+3+cmd|' /C calc'!A0", "-2+3 Egypt agreed with the Philippines." },
                { "@SUM(1+1)*cmd|' /C calc'!A0", "@SUM(1+1) Egypt agreed with the Philippines." } };
        for (int i = 0; i < cells.length; i++) {
            send(Topics.EVENTS, "EGY|PHL", HostileInputs.bytes(HostileInputs.event("hostile-formula-" + i, "EGY", "PHL",
                    now.minusSeconds(i), cells[i][1], cells[i][0])));
        }
        producer.flush();
    }

    /** docs/bad-input.md: the poison records of both topics; item 1 at nlp-service: articles dated 9999 and 0001. */
    void poison(Instant now) throws Exception {
        HostileInputs.poisonEvents(now).forEach((key, value) -> {
            send(Topics.EVENTS, key, value);
            expectedEventDeadLetters.put(key, new String[] { "docs/bad-input.md events", key.replace("hostile-event-", "") });
        });
        HostileInputs.poisonArticles().forEach((key, value) -> {
            send(Topics.ARTICLES, key, value);
            expectedArticleDeadLetters.put(key,
                    new String[] { "docs/bad-input.md articles", key.replace("hostile-article-", "") });
        });
        send(Topics.ARTICLES, "hostile-article-9999",
                HostileInputs.bytes(HostileInputs.article("a0000000000000000000000000009999",
                        "9999-12-31T00:00:00Z", "Poland and Norway signed a mutual defense pact in Oslo on Tuesday.")));
        expectedArticleDeadLetters.put("hostile-article-9999",
                new String[] { "item 1 (nlp-service)", "an article dated 9999-12-31 on topic articles" });
        send(Topics.ARTICLES, "hostile-article-0001",
                HostileInputs.bytes(HostileInputs.article("a0000000000000000000000000000001",
                        "0001-01-01T00:00:00Z", "Poland and Norway signed a mutual defense pact in Oslo on Tuesday.")));
        expectedArticleDeadLetters.put("hostile-article-0001",
                new String[] { "item 1 (nlp-service)", "an article dated 0001-01-01 on topic articles" });
        producer.flush();
    }

    /** A pushed article ingest-service accepted, which nlp-service must dead-letter (key = article id). */
    void expectArticleDeadLetter(String key, String item, String input) {
        expectedArticleDeadLetters.put(key, new String[] { item, input });
    }

    int sentCount() {
        return expectedEventDeadLetters.size() + expectedArticleDeadLetters.size();
    }

    Map<String, String[]> expectedEventDeadLetters() {
        return expectedEventDeadLetters;
    }

    Map<String, String[]> expectedArticleDeadLetters() {
        return expectedArticleDeadLetters;
    }

    private void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + key + " to " + topic + ": " + e.getMessage(), e);
        }
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
