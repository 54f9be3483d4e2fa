package org.entente.deploy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a CRD's structural {@code openAPIV3Schema} into a JSON Schema that rejects what the API server
 * rejects with {@code kubectl apply --validate=strict}: a field the schema does not declare is an error
 * unless the schema preserves unknown fields there. Int-or-string and nullable become JSON Schema types.
 */
public final class CrdSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CrdSchemas() {
    }

    /** The JSON Schema of one served version of a CustomResourceDefinition. */
    public static ObjectNode forVersion(JsonNode crd, String version) {
        for (JsonNode served : crd.path("spec").path("versions")) {
            if (version.equals(served.path("name").asText())) {
                ObjectNode schema = served.path("schema").path("openAPIV3Schema").deepCopy();
                tighten(schema, false);
                schema.put("$schema", "http://json-schema.org/draft-07/schema#");
                return schema;
            }
        }
        throw new IllegalArgumentException("CRD " + crd.path("metadata").path("name").asText() + " has no version " + version);
    }

    /**
     * Inside allOf/anyOf/oneOf/not a structural schema may only restate constraints on properties declared
     * elsewhere, so those branches never get additionalProperties=false of their own.
     */
    static void tighten(ObjectNode node, boolean inCombinator) {
        boolean preserveUnknown = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
            node.remove("type");
            ArrayNode anyOf = node.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (node.path("nullable").asBoolean(false) && node.path("type").isTextual()) {
            ArrayNode types = JSON.arrayNode().add(node.path("type").asText()).add("null");
            node.set("type", types);
        }
        List<String> vendorKeys = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("x-kubernetes-") || name.equals("nullable")) {
                vendorKeys.add(name);
            }
        });
        node.remove(vendorKeys);
        if (node.has("properties") && !node.has("additionalProperties") && !preserveUnknown && !inCombinator) {
            node.put("additionalProperties", false);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext();) {
            tightenChild(it.next().getValue(), false);
        }
        tightenChild(node.get("items"), false);
        tightenChild(node.get("additionalProperties"), false);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode branches = node.get(combinator);
            if (branches != null) {
                branches.forEach(branch -> tightenChild(branch, true));
            }
        }
        tightenChild(node.get("not"), true);
    }

    private static void tightenChild(JsonNode child, boolean inCombinator) {
        if (child instanceof ObjectNode object) {
            tighten(object, inCombinator);
        } else if (child instanceof ArrayNode array) {
            array.forEach(item -> tightenChild(item, inCombinator));
        }
    }
}
