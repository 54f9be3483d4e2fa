package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.contracts.Topic;
import org.entente.contracts.Topics;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes topics and the services' channel configuration are checked against the one topic list,
 * entente-contracts' topics.json: a topic added, renamed or resized in one place and not the other fails here.
 */
class TopicManifestTest {

    @Test
    void everyOverlayCreatesExactlyTheContractTopicsWithTheirPartitionsAndRetention() {
        for (String overlay : new String[] { "dev", "prod" }) {
            Map<String, String> rendered = new TreeMap<>();
            RenderedOverlays.render(overlay).stream().filter(m -> m.kind().equals("KafkaTopic")).forEach(
                    m -> rendered.put(m.name(), m.body().path("spec").path("partitions").asInt() + " partitions, retention.ms "
                            + m.body().path("spec").path("config").path("retention.ms").asLong()));
            Map<String, String> contract = new TreeMap<>();
            Topics.all().forEach(t -> contract.put(t.name(), t.partitions() + " partitions, retention.ms " + t.retentionMs()));
            assertEquals(contract, rendered, overlay + ": KafkaTopic objects differ from entente-contracts topics.json");
        }
    }

    @Test
    void everyTopicAServiceConfiguresIsAContractTopic() throws IOException {
        Set<String> configured = new TreeSet<>();
        for (String service : new String[] { "ingest-service", "nlp-service", "relations-service" }) {
            Path file = RenderedOverlays.deployDir().resolveSibling(service)
                    .resolve("src/main/resources/application.properties");
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            properties.stringPropertyNames().stream().filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topic"))
                    .map(properties::getProperty).forEach(configured::add);
        }
        assertEquals(Topics.all().stream().map(Topic::name).collect(Collectors.toCollection(TreeSet::new)), configured,
                "the services' channels (mp.messaging.*.topic, *.dead-letter-queue.topic) and topics.json differ");
    }
}
