package org.entente.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas (draft 2020-12) of Entente's messages, under {@code contracts/schemas/}. Producers' tests
 * call {@link #requireValid} on what they sent; consumers' tests parse {@link #examples()}.
 */
public enum MessageSchema {

    ARTICLE("article-v1"),
    EVENT("event-v1"),
    ALERT("alert-v1"),
    DEAD_LETTER_HEADERS("dead-letter-headers-v1");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private volatile JsonNode document;
    private volatile JsonSchema schema;

    MessageSchema(String file) {
        this.file = file;
    }

    /** The name topics.json uses for it, e.g. {@code event-v1}. */
    public String file() {
        return file;
    }

    public String resource() {
        return "/contracts/schemas/" + file + ".schema.json";
    }

    /** The schema document itself. */
    public JsonNode document() {
        if (document == null) {
            try (InputStream in = MessageSchema.class.getResourceAsStream(resource())) {
                if (in == null) {
                    throw new IllegalStateException(resource() + " is not on the class path");
                }
                document = JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource(), e);
            }
        }
        return document;
    }

    /** The schema's {@code examples}, each a valid message; consumers' tests parse them. */
    public List<JsonNode> examples() {
        List<JsonNode> examples = new ArrayList<>();
        document().path("examples").forEach(examples::add);
        return examples;
    }

    /** What is wrong with the message, one line each; empty when it is valid. */
    public List<String> problems(JsonNode message) {
        return compiled().validate(message).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public List<String> problems(String json) {
        try {
            return problems(JSON.readTree(json));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Throws an {@link AssertionError} naming every problem, so a producer's test fails with the reason. */
    public void requireValid(String json) {
        requireEmpty(problems(json), json);
    }

    /** As {@link #requireValid(String)}, for a tree or a map (dead-letter headers as name to UTF-8 text). */
    public void requireValid(Object message) {
        JsonNode tree = message instanceof JsonNode node ? node : JSON.valueToTree(message);
        requireEmpty(problems(tree), tree.toString());
    }

    private void requireEmpty(List<String> problems, String json) {
        if (!problems.isEmpty()) {
            throw new AssertionError("not a valid " + file + " message (" + resource() + "): " + problems
                    + "\n" + json);
        }
    }

    private JsonSchema compiled() {
        if (schema == null) {
            // draft 2020-12 treats "format" as a note unless asked: date-time, uri and uuid are part of the contract
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document(), config);
        }
        return schema;
    }
}
