package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class CrdSchemasTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    private static final String CRD = """
            spec:
              versions:
                - name: v1
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          properties:
                            port: {x-kubernetes-int-or-string: true}
                            note: {type: string, nullable: true}
                            config: {type: object, x-kubernetes-preserve-unknown-fields: true}
                            listener:
                              type: object
                              properties:
                                a: {type: string}
                                b: {type: string}
                              oneOf:
                                - properties: {a: {}}
                                  required: [a]
                                - properties: {b: {}}
                                  required: [b]
            """;

    @Test
    void closesObjectsButKeepsPreservedMapsOpen() throws Exception {
        assertTrue(errors("spec: {port: 8080, note: null, config: {any.key: 1}, listener: {a: x}}").isEmpty());
        assertTrue(errors("spec: {port: http}").isEmpty(), "int-or-string takes a name");
        assertFalse(errors("spec: {port: 1.5}").isEmpty(), "int-or-string refuses a number with a fraction");
        assertFalse(errors("spec: {prot: 8080}").isEmpty(), "unknown field under spec");
        assertFalse(errors("spec: {listener: {a: x, c: y}}").isEmpty(), "unknown field under listener");
        assertFalse(errors("spec: {listener: {a: x, b: y}}").isEmpty(), "oneOf still applies");
        assertFalse(errors("kind: Kafka\nextra: 1").isEmpty(), "unknown top-level field");
    }

    @Test
    void removesKubernetesExtensionsFromTheJsonSchema() throws Exception {
        ObjectNode schema = CrdSchemas.forVersion(YAML.readTree(CRD), "v1");
        assertFalse(schema.toString().contains("x-kubernetes-"));
        assertEquals(false, schema.at("/properties/spec/additionalProperties").asBoolean(true));
        assertTrue(schema.at("/properties/spec/properties/config/additionalProperties").isMissingNode());
        assertTrue(schema.at("/properties/spec/properties/listener/oneOf/0/additionalProperties").isMissingNode());
    }

    private static Set<ValidationMessage> errors(String yaml) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(CrdSchemas.forVersion(YAML.readTree(CRD), "v1"));
        JsonNode instance = YAML.readTree(yaml);
        return schema.validate(instance);
    }
}
