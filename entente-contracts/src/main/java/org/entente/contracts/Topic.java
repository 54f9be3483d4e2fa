package org.entente.contracts;

import java.util.List;

/**
 * One Kafka topic as topics.json defines it.
 *
 * @param partitions what the launcher and Kubernetes create
 * @param testPartitions what the test broker creates: fewer, so that a test's consumer group settles fast
 * @param retentionMs retention on Kubernetes; the local launcher keeps the broker's default
 * @param value the message schema of the value ({@link MessageSchema#name()}), or "as received" for dead letters
 * @param headers the schema of the headers, or null when only the producer's own headers travel
 * @param deadLetterTopic where the consumer sends a record it can never handle, or null
 */
public record Topic(String name, int partitions, int testPartitions, long retentionMs, String key, String value,
        String headers, String producer, List<String> consumers, String deadLetterTopic) {
}
