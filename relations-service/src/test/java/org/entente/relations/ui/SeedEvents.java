package org.entente.relations.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.relations.wire.Topics;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Event v1 records for the dashboard tests, sent to the real "events" topic. */
final class SeedEvents implements AutoCloseable {

    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__ententePwned=1\">Hostile title";
    static final String HOSTILE_SENTENCE = "<script>window.__ententePwned=2</script>Kiribati and the Marshall Islands signed a pact.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, String> producer;

    SeedEvents() {
        Properties p = new Properties();
        p.put("bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    /** Sends one event and returns its id. */
    String send(String source, String target, String type, String subtype, Instant at, String title, String sentence) {
        String id = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("schemaVersion", 1);
        event.put("id", id);
        event.put("articleId", "art-" + id);
        event.put("articleUrl", "https://news.example.org/" + id);
        event.put("articleTitle", title);
        event.put("sentenceIndex", 0);
        event.put("sentence", sentence);
        event.put("sentenceStart", 0);
        event.put("sentenceEnd", sentence.length());
        event.put("type", type);
        event.put("subtype", subtype);
        event.put("cameoCode", "03");
        event.put("source", source);
        event.put("target", target);
        event.put("modality", "asserted");
        event.put("confidence", 0.9);
        event.put("trigger", "signed");
        event.put("eventTime", at.toString());
        event.put("extractedAt", at.toString());
        event.put("extractorVersion", "dashboard-test");
        String key = source.compareTo(target) < 0 ? source + "|" + target : target + "|" + source;
        try {
            producer.send(new ProducerRecord<>(Topics.EVENTS, key, JSON.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test event to " + Topics.EVENTS, e);
        }
        return id;
    }

    String send(String source, String target, String type, Instant at) {
        return send(source, target, type, null, at, source + " and " + target + " in the news",
                source + " and " + target + " did something of type " + type + ".");
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
