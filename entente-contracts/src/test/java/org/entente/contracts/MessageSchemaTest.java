package org.entente.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

class MessageSchemaTest {

    @ParameterizedTest
    @EnumSource(MessageSchema.class)
    void everyExampleIsValid(MessageSchema schema) {
        assertThat(schema.document().path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.examples()).isNotEmpty()
                .allSatisfy(example -> assertThat(schema.problems(example)).as(example.toString()).isEmpty());
    }

    @Test
    void aMissingFieldAnUndeclaredFieldAndABadDateAreEachRefused() {
        ObjectNode article = (ObjectNode) MessageSchema.ARTICLE.examples().get(0).deepCopy();
        article.remove("fetchedAt");
        assertThat(MessageSchema.ARTICLE.problems(article)).singleElement().asString().contains("fetchedAt");

        ObjectNode event = (ObjectNode) MessageSchema.EVENT.examples().get(0).deepCopy();
        event.put("storyId", "s-1");
        assertThat(MessageSchema.EVENT.problems(event)).singleElement().asString().contains("storyId");

        ObjectNode alert = (ObjectNode) MessageSchema.ALERT.examples().get(0).deepCopy();
        alert.put("raisedAt", "yesterday");
        assertThat(MessageSchema.ALERT.problems(alert)).singleElement().asString().contains("raisedAt");
    }

    @Test
    void anIntegerFieldRefusesAFractionAndSchemaVersionIsOne() {
        ObjectNode event = (ObjectNode) MessageSchema.EVENT.examples().get(0).deepCopy();
        event.put("sentenceIndex", 1.5);
        event.put("schemaVersion", 2);
        assertThat(MessageSchema.EVENT.problems(event)).hasSize(2);
    }

    @Test
    void requireValidNamesTheProblem() {
        assertThatThrownBy(() -> MessageSchema.ARTICLE.requireValid("{\"schemaVersion\": 1}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("article-v1").hasMessageContaining("id");
        assertThat(MessageSchema.ARTICLE.problems("{not json")).singleElement().asString().startsWith("not JSON");
    }
}
