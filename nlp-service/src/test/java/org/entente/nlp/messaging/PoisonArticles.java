package org.entente.nlp.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.entente.nlp.domain.Topics;

/**
 * Raw bytes to {@code articles} (broken UTF-8 and tombstones included) and two readers that stay
 * subscribed: {@code articles-dlq} and {@code events}, for the poison-record tests.
 */
final class PoisonArticles implements AutoCloseable {

    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> deadLetters = reader(Topics.ARTICLES_DLQ);
    private final KafkaConsumer<String, byte[]> events = reader(Topics.EVENTS);
    private final List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
    private final List<String> eventValues = new ArrayList<>();

    PoisonArticles() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        p.put("max.request.size", "2097152");
        producer = new KafkaProducer<>(p);
    }

    private KafkaConsumer<String, byte[]> reader(String topic) {
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", "nlp-poison-test-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** Sends both records back to back on one key (one partition, in order) and waits for the broker. */
    void sendPair(String key, byte[] poison, String good) {
        try {
            var first = producer.send(new ProducerRecord<>(Topics.ARTICLES, key, poison));
            var second = producer.send(new ProducerRecord<>(Topics.ARTICLES, key,
                    good.getBytes(StandardCharsets.UTF_8)));
            first.get();
            second.get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + Topics.ARTICLES, e);
        }
    }

    ConsumerRecord<String, byte[]> deadLetter(String key) {
        deadLetters.poll(Duration.ofMillis(300)).forEach(dead::add);
        return dead.stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
    }

    /** Whether an event of this article has been published (polls once). */
    boolean hasEventOf(String articleId) {
        events.poll(Duration.ofMillis(300)).forEach(r -> eventValues.add(
                r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8)));
        return eventValues.stream().anyMatch(v -> v.contains("\"articleId\":\"" + articleId + "\""));
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
        deadLetters.close();
        events.close();
    }
}
