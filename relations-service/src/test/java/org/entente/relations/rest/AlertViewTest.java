package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.entente.contracts.MessageSchema;
import org.entente.relations.wire.AlertMessage;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The REST body of an alert is its own type, but its JSON is the Alert v1 the API has always documented: for every
 * example of the Alert v1 schema, the view writes the very JSON the Kafka record writes, and that JSON is valid Alert v1.
 */
class AlertViewTest {

    /** Configured as Quarkus configures its ObjectMapper: ISO-8601 instants. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theViewWritesTheJsonOfTheAlertRecord() throws Exception {
        List<JsonNode> examples = MessageSchema.ALERT.examples();
        assertThat(examples).isNotEmpty();
        for (JsonNode example : examples) {
            AlertMessage message = JSON.treeToValue(example, AlertMessage.class);
            assertThat(message.evidence()).as("the example exercises evidence").isNotEmpty();
            JsonNode view = JSON.valueToTree(AlertView.of(message));
            assertThat(view).isEqualTo(JSON.valueToTree(message));
            assertThat(MessageSchema.ALERT.problems(view)).isEmpty();
        }
    }

    @Test
    void theViewHasTheFieldsOfTheAlertRecordInItsOrder() {
        assertThat(names(AlertView.class)).isEqualTo(names(AlertMessage.class));
        assertThat(names(AlertView.Evidence.class)).isEqualTo(names(AlertMessage.Evidence.class));
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName() + ":" + c.getType().getName()).toList();
    }
}
