package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeRendererTest {

    @Test
    void failsWithInstructionsWhenNoRendererIsInstalled(@TempDir Path emptyDir) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KustomizeRenderer.from(Map.of("PATH", emptyDir.toString())));
        assertTrue(e.getMessage().contains("neither `kustomize` nor `kubectl`"), e.getMessage());
        assertTrue(e.getMessage().contains("Install kubectl"), e.getMessage());
    }

    @Test
    void prefersKustomizeOverKubectlAndHonoursTheOverride(@TempDir Path bin) throws IOException {
        for (String tool : new String[] { "kustomize", "kubectl" }) {
            Path exe = Files.writeString(bin.resolve(tool), "#!/bin/sh\n");
            assertTrue(exe.toFile().setExecutable(true));
        }
        assertEquals(bin.resolve("kustomize") + " build", KustomizeRenderer.from(Map.of("PATH", bin.toString())).command());
        Files.delete(bin.resolve("kustomize"));
        assertEquals(bin.resolve("kubectl") + " kustomize", KustomizeRenderer.from(Map.of("PATH", bin.toString())).command());
        assertEquals("/opt/kustomize build",
                KustomizeRenderer.from(Map.of("ENTENTE_KUSTOMIZE", "/opt/kustomize build")).command());
    }

    @Test
    void reportsWhatKustomizeSaidWhenRenderingFails(@TempDir Path notAKustomization) {
        KustomizeRenderer renderer = KustomizeRenderer.fromEnvironment();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> renderer.render(notAKustomization));
        assertTrue(e.getMessage().contains("failed (exit"), e.getMessage());
    }
}
