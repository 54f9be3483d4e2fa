package org.entente.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Entente's Kafka topics, read once from {@code contracts/topics.json}: the one list every module uses. */
public final class Topics {

    public static final String ARTICLES = "articles";
    public static final String EVENTS = "events";
    public static final String ALERTS = "alerts";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String EVENTS_DLQ = "events-dlq";

    static final String RESOURCE = "/contracts/topics.json";

    private static final List<Topic> ALL = load();

    private Topics() {
    }

    /** Every topic, in the order topics.json lists them. */
    public static List<Topic> all() {
        return ALL;
    }

    public static Topic named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic '" + name + "' in " + RESOURCE));
    }

    /** Name to partitions, for the launcher and Kubernetes. */
    public static Map<String, Integer> partitions() {
        return byName(Topic::partitions);
    }

    /** Name to partitions, for the test broker. */
    public static Map<String, Integer> testPartitions() {
        return byName(Topic::testPartitions);
    }

    private static Map<String, Integer> byName(ToIntFunction<Topic> count) {
        Map<String, Integer> map = new LinkedHashMap<>();
        ALL.forEach(t -> map.put(t.name(), count.applyAsInt(t)));
        return java.util.Collections.unmodifiableMap(map);
    }

    private record File(List<Topic> topics) {
    }

    private static List<Topic> load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = Topics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (entente-contracts jar)");
            }
            return List.copyOf(json.readValue(in, File.class).topics());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
