package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    Path dir;

    @Test
    void producesAndConsumesARecordAndKeepsItAcrossARestart() throws Exception {
        Path logDir = dir.resolve("kafka");
        String bootstrap;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            bootstrap = kafka.bootstrapServers();
            kafka.createTopics(Map.of("articles", 3));
            kafka.createTopics(Map.of("articles", 3)); // idempotent
            try (var admin = kafka.admin()) {
                assertThat(admin.describeTopics(List.of("articles")).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get("articles").partitions()).hasSize(3);
            }
            produce(bootstrap, "articles", "k1", "hello", "none");
            assertThat(consumeAll(bootstrap, "articles", 1)).containsExactly("hello");
            // The services compress (ingest-service: lz4); the broker must have every codec on its classpath.
            for (String codec : List.of("lz4", "zstd", "snappy", "gzip")) {
                produce(bootstrap, "codecs", codec, "compressed with " + codec, codec);
            }
            assertThat(consumeAll(bootstrap, "codecs", 4)).hasSize(4);
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(logDir, 0)) {
            assertThat(consumeAll(kafka.bootstrapServers(), "articles", 1)).containsExactly("hello");
        }
    }

    private static void produce(String bootstrap, String topic, String key, String value, String compression)
            throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, compression,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(String bootstrap, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
