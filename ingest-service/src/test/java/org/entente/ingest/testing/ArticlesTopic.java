package org.entente.ingest.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.contracts.MessageSchema;
import org.entente.ingest.messaging.Topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real consumer of topic {@code articles}, reading every partition from the beginning. Tests share the broker,
 * so they select their own records (by URL) rather than expecting an empty topic.
 */
public final class ArticlesTopic implements AutoCloseable {

    /** One record as the broker holds it. */
    public record Received(String key, JsonNode value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    /** Inside a @QuarkusTest: the broker the application uses. */
    public ArticlesTopic() {
        this(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public ArticlesTopic(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * Reads what arrived since the last call and returns every record so far that matches. Every record read
     * must be a valid Article v1 (entente-contracts' schema), so each test that reads the topic checks the contract.
     */
    public List<Received> matching(Predicate<Received> filter) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
            JsonNode value;
            try {
                value = JSON.readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError("a record on topic articles is not JSON: " + r.value(), e);
            }
            MessageSchema.ARTICLE.requireValid(value);
            received.add(new Received(r.key(), value));
        }
        return received.stream().filter(filter).toList();
    }

    /** Records whose canonical URL starts with the prefix (a test's own fixture server). */
    public List<Received> withUrlPrefix(String prefix) {
        return matching(r -> r.value().path("canonicalUrl").asText().startsWith(prefix));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
