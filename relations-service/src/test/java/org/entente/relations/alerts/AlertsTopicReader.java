package org.entente.relations.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.entente.relations.ties.EventTraffic;
import org.entente.relations.wire.Topics;

/** Reads topic {@code alerts} of the test broker from the start, as a consumer of Alert v1 would. */
public final class AlertsTopicReader {

    private AlertsTopicReader() {
    }

    /** The records whose value is {@code wanted}, polled until at least one came or {@code wait} is over. */
    public static List<ConsumerRecord<String, String>> read(Predicate<String> wanted, Duration wait) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = EventTraffic.readerFromStart("alert-reader")) {
            consumer.subscribe(List.of(Topics.ALERTS));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline && records.isEmpty()) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (wanted.test(r.value())) {
                        records.add(r);
                    }
                });
            }
        }
        return records;
    }
}
