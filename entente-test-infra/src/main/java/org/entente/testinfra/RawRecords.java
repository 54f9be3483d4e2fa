package org.entente.testinfra;

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

/**
 * Raw bytes to a topic (broken UTF-8 and tombstones included, which a String producer cannot send) and
 * readers that stay subscribed, for the poison-record tests of the consuming services.
 */
public final class RawRecords implements AutoCloseable {

    private final String bootstrap;
    private final KafkaProducer<String, byte[]> producer;
    private final List<Reader> readers = new ArrayList<>();

    public RawRecords(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        p.put("max.request.size", "2097152");
        producer = new KafkaProducer<>(p);
    }

    /** Sends both records back to back on one key (one partition, in order) and waits for the broker. */
    public void sendPair(String topic, String key, byte[] poison, String good) {
        try {
            var first = producer.send(new ProducerRecord<>(topic, key, poison));
            var second = producer.send(new ProducerRecord<>(topic, key, good.getBytes(StandardCharsets.UTF_8)));
            first.get();
            second.get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** A reader of {@code topic} from its beginning, in a group of its own. */
    public Reader reader(String topic) {
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", "raw-records-test-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", ByteArrayDeserializer.class.getName());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c);
        consumer.subscribe(List.of(topic));
        Reader reader = new Reader(consumer);
        readers.add(reader);
        return reader;
    }

    /** The records a reader has seen so far; each call polls once. */
    public static final class Reader {
        private final KafkaConsumer<String, byte[]> consumer;
        private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

        private Reader(KafkaConsumer<String, byte[]> consumer) {
            this.consumer = consumer;
        }

        public List<ConsumerRecord<String, byte[]>> poll() {
            consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
            return seen;
        }

        public Optional<ConsumerRecord<String, byte[]>> withKey(String key) {
            return poll().stream().filter(r -> key.equals(r.key())).findFirst();
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Bytes as a consumer that replaces invalid UTF-8 would read them; null for no value. */
    public static String text(byte[] value) {
        return value == null || value.length == 0 ? null : new String(value, StandardCharsets.UTF_8);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Where {@code needle} first starts in {@code haystack}. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
        readers.forEach(r -> r.consumer.close());
    }
}
