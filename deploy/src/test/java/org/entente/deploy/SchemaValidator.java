package org.entente.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

/** Checks each object against the schema of its apiVersion and kind; an object with no schema is an error. */
public final class SchemaValidator {

    private final SchemaCatalog catalog;

    public SchemaValidator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    public List<String> violations(List<Manifest> manifests) {
        List<String> violations = new ArrayList<>();
        manifests.forEach(m -> violations.addAll(violations(m)));
        return violations;
    }

    public List<String> violations(Manifest manifest) {
        Optional<JsonSchema> schema = catalog.schemaFor(manifest.apiVersion(), manifest.kind());
        if (schema.isEmpty()) {
            return List.of(manifest.id() + ": no schema for apiVersion '" + manifest.apiVersion() + "' kind '" + manifest.kind()
                    + "'; every object must be validated, so vendor its schema (deploy/schema-tools/generate.sh)");
        }
        List<String> violations = new ArrayList<>();
        for (ValidationMessage message : schema.get().validate(manifest.body())) {
            violations.add(manifest.id() + ": " + message.getMessage());
        }
        for (ValidationMessage message : catalog.objectMeta().validate(manifest.body().path("metadata"))) {
            violations.add(manifest.id() + ": metadata " + message.getMessage());
        }
        return violations;
    }
}
