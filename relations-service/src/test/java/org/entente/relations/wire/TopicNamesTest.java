package org.entente.relations.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.entente.testinfra.TopicNames;
import org.junit.jupiter.api.Test;

/** The topic names this service compiles in are the ones entente-contracts lists. */
class TopicNamesTest {

    @Test
    void everyTopicConstantIsInTheContractsList() {
        assertThat(TopicNames.requireListed(Topics.class, Set.of("CONSUMER_GROUP"))).containsExactlyInAnyOrder("events",
                "events-dlq", "alerts");
    }
}
