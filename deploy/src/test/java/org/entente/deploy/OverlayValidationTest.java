package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders every overlay with kustomize and holds each object to its schema and to the policies. */
class OverlayValidationTest {

    @Test
    void everyOverlayDirectoryIsValidated() throws IOException {
        try (Stream<Path> dirs = Files.list(RenderedOverlays.deployDir().resolve("k8s/overlays"))) {
            List<String> found = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(RenderedOverlays.OVERLAYS.stream().sorted().toList(), found,
                    "an overlay was added or removed: list it in RenderedOverlays.OVERLAYS so the build validates it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "external" })
    void everyObjectMatchesItsSchema(String overlay) {
        List<Manifest> manifests = RenderedOverlays.render(overlay);
        assertTrue(manifests.size() > 10, overlay + " rendered only " + manifests.size() + " objects");
        List<String> violations = new SchemaValidator(RenderedOverlays.catalog()).violations(manifests);
        assertTrue(violations.isEmpty(), overlay + ": " + String.join("\n", violations));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "external" })
    void everyPodMeetsThePodPolicy(String overlay) {
        List<String> violations = new PodPolicy().violations(RenderedOverlays.render(overlay));
        assertTrue(violations.isEmpty(), overlay + ": " + String.join("\n", violations));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "external" })
    void objectsAreWiredTogether(String overlay) {
        List<String> violations = new WiringPolicy().violations(RenderedOverlays.render(overlay));
        assertTrue(violations.isEmpty(), overlay + ": " + String.join("\n", violations));
    }
}
