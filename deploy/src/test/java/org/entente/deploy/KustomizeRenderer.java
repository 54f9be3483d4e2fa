package org.entente.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory with the real kustomize, as the operator's {@code kubectl apply -k} will:
 * {@code kustomize build} when it is installed, else {@code kubectl kustomize} (kubectl embeds kustomize).
 * {@code ENTENTE_KUSTOMIZE} overrides the command, e.g. {@code "/opt/kustomize build"}.
 */
public final class KustomizeRenderer {

    static final String MISSING_TOOL = "Cannot render the Kustomize overlays: neither `kustomize` nor `kubectl` is on the PATH. "
            + "Install kubectl 1.27 or newer (it embeds kustomize v5; on Debian-based images the google-cloud-cli `kubectl` "
            + "package, or the upstream kubectl binary) or kustomize v5, or set ENTENTE_KUSTOMIZE to the render command.";

    private final List<String> command;

    private KustomizeRenderer(List<String> command) {
        this.command = command;
    }

    /**
     * A developer's machine with only a JDK has no renderer: there the overlay tests are skipped with
     * the install hint, as the browser tests are without Chromium. CI (CI=true) has kubectl and must
     * render, so there a missing renderer fails the build.
     */
    public static KustomizeRenderer fromEnvironment() {
        try {
            return from(System.getenv());
        } catch (IllegalStateException missing) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw missing;
            }
            throw new org.opentest4j.TestAbortedException(missing.getMessage());
        }
    }

    static KustomizeRenderer from(Map<String, String> env) {
        String override = env.get("ENTENTE_KUSTOMIZE");
        if (override != null && !override.isBlank()) {
            return new KustomizeRenderer(List.of(override.trim().split("\\s+")));
        }
        Optional<Path> kustomize = onPath(env.get("PATH"), "kustomize");
        if (kustomize.isPresent()) {
            return new KustomizeRenderer(List.of(kustomize.get().toString(), "build"));
        }
        Optional<Path> kubectl = onPath(env.get("PATH"), "kubectl");
        if (kubectl.isPresent()) {
            return new KustomizeRenderer(List.of(kubectl.get().toString(), "kustomize"));
        }
        throw new IllegalStateException(MISSING_TOOL);
    }

    public String command() {
        return String.join(" ", command);
    }

    public List<Manifest> render(Path kustomizationDir) {
        List<String> cmd = new ArrayList<>(command);
        cmd.add(kustomizationDir.toString());
        try {
            Path out = Files.createTempFile("kustomize-", ".yaml");
            Path err = Files.createTempFile("kustomize-", ".err");
            try {
                Process process = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("`" + String.join(" ", cmd) + "` did not finish within 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(
                            "`" + String.join(" ", cmd) + "` failed (exit " + process.exitValue() + "): "
                                    + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Manifest.parseAll(Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run `" + String.join(" ", cmd) + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + kustomizationDir, e);
        }
    }

    private static Optional<Path> onPath(String path, String executable) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, executable);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
