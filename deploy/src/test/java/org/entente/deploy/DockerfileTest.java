package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No Docker engine here, so the images cannot be built in the build; their Dockerfiles are read instead
 * and held to what the Deployments rely on: a numeric non-root user, heap sized from the container's
 * memory, the fast-jar layout, and the port the Deployment probes.
 */
class DockerfileTest {

    @ParameterizedTest
    @ValueSource(strings = { "ingest-service", "nlp-service", "relations-service" })
    void imageRunsTheFastJarAsNonRootWithHeapSizedToThePod(String service) throws IOException {
        Path dockerfile = RenderedOverlays.deployDir().resolveSibling(service).resolve("src/main/docker/Dockerfile.jvm");
        assertTrue(Files.isRegularFile(dockerfile), dockerfile + " is missing");
        // Instructions only: the comments may well mention what the instructions must not do.
        String text = Files.readAllLines(dockerfile).stream()
                .filter(line -> !line.stripLeading().startsWith("#")).collect(Collectors.joining("\n"));

        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(text);
        assertTrue(from.find() && from.group(1).contains("17"), service + ": the base image must be a Java 17 runtime");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)(?::\\d+)?\\s*$").matcher(text);
        assertTrue(user.find(), service + ": USER must be numeric so that runAsNonRoot can verify it");
        assertTrue(Integer.parseInt(user.group(1)) > 0, service + ": USER must not be root");
        assertTrue(text.contains("-XX:MaxRAMPercentage="), service + ": heap must follow the memory limit");
        assertTrue(!text.contains("-Xmx"), service + ": a fixed -Xmx ignores the pod's limit");
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/")) {
            assertTrue(text.contains(part), service + ": does not copy " + part);
        }
        assertTrue(text.contains("quarkus-run.jar"), service + ": does not start quarkus-run.jar");

        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(text);
        assertTrue(expose.find(), service + ": no EXPOSE");
        int deploymentPort = RenderedOverlays.render("dev").stream()
                .filter(m -> m.kind().equals("Deployment") && m.name().equals(service)).findFirst().orElseThrow()
                .body().at("/spec/template/spec/containers/0/ports/0/containerPort").asInt();
        assertEquals(deploymentPort, Integer.parseInt(expose.group(1)),
                service + ": image and Deployment disagree on the port");
        String userInManifest = RenderedOverlays.render("dev").stream()
                .filter(m -> m.kind().equals("Deployment") && m.name().equals(service)).findFirst().orElseThrow()
                .body().at("/spec/template/spec/securityContext/runAsUser").asText();
        assertEquals(user.group(1), userInManifest, service + ": image USER and pod runAsUser differ");
    }

    /**
     * nlp-service's models (about 720 MiB live) sit above G1's adaptive initiating occupancy: the image and the
     * Deployment both start marking at 85 %, as ./entente and the drills run it (docs/reports/bench-2026-12-06-sp.md).
     */
    @Test
    void nlpServiceStartsMarkingAtEightyFivePercentInImageAndDeployment() throws IOException {
        Path dockerfile = RenderedOverlays.deployDir().resolveSibling("nlp-service").resolve("src/main/docker/Dockerfile.jvm");
        Path deployment = RenderedOverlays.deployDir().resolve("k8s/base/nlp-service.yaml");
        for (Path file : List.of(dockerfile, deployment)) {
            String options = Files.readAllLines(file).stream().filter(line -> line.contains("-XX:MaxRAMPercentage="))
                    .collect(Collectors.joining("\n"));
            assertTrue(options.contains("-XX:-G1UseAdaptiveIHOP") && options.contains("-XX:InitiatingHeapOccupancyPercent=85"),
                    file + ": JDK_JAVA_OPTIONS must fix G1's initiating occupancy at 85 %: " + options);
        }
    }
}
