package org.entente.relations.ties;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.relations.wire.Topics;
import org.entente.testinfra.RawRecords;

/** Raw bytes to {@code events} and a reader of {@code events-dlq}, for the poison-record tests. */
final class PoisonRecords implements AutoCloseable {

    private final RawRecords raw = new RawRecords(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final RawRecords.Reader deadLetters = raw.reader(Topics.EVENTS_DLQ);

    void sendPair(String key, byte[] poison, String good) {
        raw.sendPair(Topics.EVENTS, key, poison, good);
    }

    /** The dead letter with this key, if it has arrived (polls once). */
    Optional<ConsumerRecord<String, byte[]>> deadLetter(String key) {
        return deadLetters.withKey(key);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return RawRecords.header(record, name);
    }

    /** The record's headers as name to UTF-8 text, the shape the dead-letter-headers schema describes. */
    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }

    @Override
    public void close() {
        raw.close();
    }
}
