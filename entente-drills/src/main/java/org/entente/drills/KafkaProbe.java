package org.entente.drills;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Record counts and consumer lag read from the broker with the Admin API (what kafka-consumer-groups shows). */
public final class KafkaProbe implements AutoCloseable {

    private final Admin admin;

    public KafkaProbe(String bootstrapServers) {
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"));
    }

    /** Sum of the end offsets of every partition of {@code topic}: records ever written. */
    public long endOffsets(String topic) throws Exception {
        return ends(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** End offsets minus the group's committed offsets, over every partition (uncommitted = from 0). */
    public long lag(String group, String topic) throws Exception {
        Map<TopicPartition, Long> ends = ends(topic);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /** The members of a consumer group and the partitions of each, by member id (empty while it rebalances). */
    public Map<String, java.util.Set<TopicPartition>> members(String group) throws Exception {
        org.apache.kafka.clients.admin.ConsumerGroupDescription description = admin
                .describeConsumerGroups(java.util.List.of(group))
                .all().get(15, TimeUnit.SECONDS).get(group);
        Map<String, java.util.Set<TopicPartition>> members = new HashMap<>();
        if (description.groupState() == org.apache.kafka.common.GroupState.STABLE) {
            description.members().forEach(m -> members.put(m.consumerId(), m.assignment().topicPartitions()));
        }
        return members;
    }

    /** Every record of {@code topic} so far, read from the start without a group. */
    static java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records(String bootstrapServers,
            String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                String.valueOf(2 * 1024 * 1024));
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records = new java.util.ArrayList<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]> consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                config, new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            java.util.List<TopicPartition> partitions = consumer.partitionsFor(topic, java.time.Duration.ofSeconds(15)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, java.time.Duration.ofSeconds(15));
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(java.time.Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private Map<TopicPartition, Long> ends(String topic) throws Exception {
        int partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin.listOffsets(request).all()
                .get(15, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = new HashMap<>();
        answer.forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
