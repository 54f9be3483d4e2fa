package org.entente.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The vendored schemas (src/test/resources/schemas, see its README), by apiVersion and kind:
 * JSON Schema bundles whose {@code Kinds} definition lists one property per kind, and Strimzi's CRDs.
 */
public final class SchemaCatalog {

    private static final String[] BUNDLES = { "kubernetes", "keda", "prometheus-operator", "cloudnative-pg" };
    private static final String[] STRIMZI_CRDS = { "040-Crd-kafka", "043-Crd-kafkatopic", "044-Crd-kafkauser",
            "045-Crd-kafkanodepool" };
    private static final String STRIMZI_VERSION = "v1";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, JsonSchema> byType = new HashMap<>();
    private JsonSchema objectMeta;

    private SchemaCatalog() {
    }

    public static SchemaCatalog load() {
        SchemaCatalog catalog = new SchemaCatalog();
        for (String bundle : BUNDLES) {
            catalog.addBundle(read(new ObjectMapper(), "schemas/" + bundle + ".schema.json"));
        }
        for (String crd : STRIMZI_CRDS) {
            catalog.addCrd(read(new YAMLMapper(), "schemas/strimzi/" + crd + ".yaml"));
        }
        return catalog;
    }

    public Optional<JsonSchema> schemaFor(String apiVersion, String kind) {
        return Optional.ofNullable(byType.get(key(apiVersion, kind)));
    }

    /** Kubernetes' ObjectMeta: every object's metadata is checked against it, CRD kinds included. */
    public JsonSchema objectMeta() {
        return objectMeta;
    }

    public int size() {
        return byType.size();
    }

    private void addBundle(JsonNode bundle) {
        JsonNode definitions = bundle.path("definitions");
        for (Iterator<Map.Entry<String, JsonNode>> it = definitions.path("Kinds").path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> kind = it.next();
            String pointer = "#/definitions/Kinds/properties/" + kind.getKey();
            JsonNode target = kind.getValue().has("$ref") ? resolve(bundle, kind.getValue().path("$ref").asText())
                    : kind.getValue();
            String apiVersion = target.path("properties").path("apiVersion").path("const").asText();
            byType.put(key(apiVersion, kind.getKey()), compile(bundle, pointer));
        }
        if (definitions.has("IObjectMeta") && bundle.path("$comment").asText().contains("kubernetes-models")) {
            objectMeta = compile(bundle, "#/definitions/IObjectMeta");
        }
    }

    private void addCrd(JsonNode crd) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        byType.put(key(group + "/" + STRIMZI_VERSION, kind),
                factory.getSchema(CrdSchemas.forVersion(crd, STRIMZI_VERSION), config));
    }

    private JsonSchema compile(JsonNode bundle, String pointer) {
        ObjectNode root = bundle.deepCopy();
        root.put("$ref", pointer);
        return factory.getSchema(root, config);
    }

    private static JsonNode resolve(JsonNode bundle, String ref) {
        return bundle.at(ref.substring(1));
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    private static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + resource + " is missing");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
