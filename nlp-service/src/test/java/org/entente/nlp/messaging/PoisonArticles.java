package org.entente.nlp.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.nlp.domain.Topics;
import org.entente.testinfra.RawRecords;

/** Raw bytes to {@code articles}, and readers of {@code articles-dlq} and {@code events}, for the poison-record tests. */
final class PoisonArticles implements AutoCloseable {

    private final RawRecords raw = new RawRecords(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final RawRecords.Reader deadLetters = raw.reader(Topics.ARTICLES_DLQ);
    private final RawRecords.Reader events = raw.reader(Topics.EVENTS);

    void sendPair(String key, byte[] poison, String good) {
        raw.sendPair(Topics.ARTICLES, key, poison, good);
    }

    ConsumerRecord<String, byte[]> deadLetter(String key) {
        return deadLetters.withKey(key).orElse(null);
    }

    /** Whether an event of this article has been published (polls once). */
    boolean hasEventOf(String articleId) {
        return events.poll().stream().map(r -> r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8))
                .anyMatch(v -> v.contains("\"articleId\":\"" + articleId + "\""));
    }

    /** The values of the events of this article published so far (polls once). */
    List<String> eventsOf(String articleId) {
        return events.poll().stream().map(r -> r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8))
                .filter(v -> v.contains("\"articleId\":\"" + articleId + "\"")).toList();
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return RawRecords.header(record, name);
    }

    @Override
    public void close() {
        raw.close();
    }
}
