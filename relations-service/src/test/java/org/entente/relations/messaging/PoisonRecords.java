package org.entente.relations.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Raw bytes to {@code events} (so a test can send broken UTF-8 and tombstones, which a String producer
 * cannot) and a reader of {@code events-dlq} that stays subscribed, for the poison-record tests.
 */
final class PoisonRecords implements AutoCloseable {

    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> deadLetters;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    PoisonRecords() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        p.put("max.request.size", "2097152");
        producer = new KafkaProducer<>(p);
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", "poison-test-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", ByteArrayDeserializer.class.getName());
        deadLetters = new KafkaConsumer<>(c);
        deadLetters.subscribe(List.of(Topics.EVENTS_DLQ));
    }

    /** Sends both records back to back on one key (one partition, in order) and waits for the broker. */
    void sendPair(String key, byte[] poison, String good) {
        try {
            var first = producer.send(new ProducerRecord<>(Topics.EVENTS, key, poison));
            var second = producer.send(new ProducerRecord<>(Topics.EVENTS, key,
                    good.getBytes(StandardCharsets.UTF_8)));
            first.get();
            second.get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + Topics.EVENTS, e);
        }
    }

    /** The dead letter with this key, if it has arrived (polls once). */
    Optional<ConsumerRecord<String, byte[]>> deadLetter(String key) {
        deadLetters.poll(Duration.ofMillis(300)).forEach(seen::add);
        return seen.stream().filter(r -> key.equals(r.key())).findFirst();
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
        deadLetters.close();
    }
}
