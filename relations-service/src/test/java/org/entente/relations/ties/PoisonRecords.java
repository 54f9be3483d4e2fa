package org.entente.relations.ties;

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

    @Override
    public void close() {
        raw.close();
    }
}
