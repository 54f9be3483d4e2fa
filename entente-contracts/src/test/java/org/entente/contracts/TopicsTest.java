package org.entente.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theConstantsNameExactlyTheListedTopics() {
        assertThat(Topics.partitions().keySet()).containsExactly(Topics.ARTICLES, Topics.EVENTS, Topics.ALERTS,
                Topics.ARTICLES_DLQ, Topics.EVENTS_DLQ);
    }

    @Test
    void everyValueAndHeaderSchemaNamedExistsAndEveryDeadLetterTopicIsListed() {
        Set<String> schemas = Arrays.stream(MessageSchema.values()).map(MessageSchema::file).collect(Collectors.toSet());
        for (Topic t : Topics.all()) {
            assertThat(t.value().equals("as received") || schemas.contains(t.value())).as(t.name()).isTrue();
            assertThat(t.headers() == null || schemas.contains(t.headers())).as(t.name()).isTrue();
            if (t.deadLetterTopic() != null) {
                assertThat(Topics.named(t.deadLetterTopic()).headers()).isEqualTo("dead-letter-headers-v1");
            }
        }
    }

    @Test
    void partitionsAreWhatTheLauncherAndTheTestBrokerUseToday() {
        assertThat(Topics.partitions()).containsEntry("articles", 12).containsEntry("events", 12)
                .containsEntry("alerts", 3).containsEntry("articles-dlq", 1).containsEntry("events-dlq", 1);
        assertThat(Topics.testPartitions()).containsEntry("articles", 3).containsEntry("events", 3);
        assertThat(Topics.all()).allSatisfy(t -> assertThat(t.testPartitions()).isBetween(1, t.partitions()));
    }
}
