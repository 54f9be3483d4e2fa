package org.entente.drills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Every record of a dead-letter topic with its key and {@code dead-letter-reason}, read from the start. */
final class DeadLetters {

    /** One dead letter. */
    record DeadLetter(String key, String reason) {
    }

    private DeadLetters() {
    }

    static List<DeadLetter> read(String bootstrapServers, String topic) {
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : KafkaProbe.records(bootstrapServers, topic)) {
            Header reason = r.headers().lastHeader("dead-letter-reason");
            letters.add(new DeadLetter(r.key(), reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8)));
        }
        return letters;
    }
}
