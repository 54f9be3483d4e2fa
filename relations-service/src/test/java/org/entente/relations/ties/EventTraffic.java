package org.entente.relations.ties;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.relations.wire.Topics;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sends Event v1 records to the real broker and reads the dead-letter topic back, for tests. Either
 * closed by try-with-resources, or one per test class as a JUnit extension that closes it after the
 * class: {@code @RegisterExtension static final EventTraffic traffic = new EventTraffic();}. The producer
 * connects on the first send, once Quarkus has started the broker.
 */
public final class EventTraffic implements AutoCloseable, AfterAllCallback {

    private KafkaProducer<String, String> producer;

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put("bootstrap.servers", bootstrap());
            p.put("key.serializer", StringSerializer.class.getName());
            p.put("value.serializer", StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    public static String event(String id, String source, String target, String type, String subtype,
            String modality, Instant at) {
        return """
                {"schemaVersion": 1, "id": "%s", "articleId": "art-%s",
                 "articleUrl": "https://news.example.org/%s", "articleTitle": "%s and %s",
                 "sentenceIndex": 0, "sentence": "%s and %s did something of type %s.",
                 "sentenceStart": 0, "sentenceEnd": 40, "type": "%s", "subtype": %s, "cameoCode": "03",
                 "source": "%s", "target": "%s", "modality": "%s", "confidence": 0.9, "trigger": "did",
                 "eventTime": "%s", "extractedAt": "%s", "extractorVersion": "test"}
                """.formatted(id, id, id, source, target, source, target, type, type,
                subtype == null ? "null" : "\"" + subtype + "\"", source, target, modality, at, at);
    }

    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    public void send(String key, String value) {
        try {
            producer().send(new ProducerRecord<>(Topics.EVENTS, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + Topics.EVENTS, e);
        }
    }

    /** Sends without waiting for the broker; {@link #close()} flushes. */
    public void sendAsync(String key, String value) {
        producer().send(new ProducerRecord<>(Topics.EVENTS, key, value));
    }

    /** A consumer of the test broker in a group of its own, reading from the start of what it subscribes to. */
    public static KafkaConsumer<String, String> readerFromStart(String group) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap());
        p.put("group.id", group + "-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    /** All records on the dead-letter topic, read from the start for up to {@code wait}. */
    public List<ConsumerRecord<String, String>> deadLetters(Duration wait) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = readerFromStart("dlq-reader")) {
            consumer.subscribe(List.of(Topics.EVENTS_DLQ));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(30));
            producer = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

}
