package org.entente.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where advisories come from, all offline: {@code bundled} (the snapshot shipped in this jar), a
 * directory of OSV JSON files, or a zip of them such as OSV's own export of the Maven ecosystem
 * ({@code https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip}, fetched where a network is).
 */
public final class OsvSource {

    public static final String BUNDLED = "bundled";
    private static final String SNAPSHOT = "osv-snapshot/";

    private OsvSource() {
    }

    public static List<Advisory> load(String spec) throws IOException {
        if (BUNDLED.equals(spec)) {
            return bundled();
        }
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        if (Files.isRegularFile(path) && path.toString().endsWith(".zip")) {
            return zip(path);
        }
        throw new IOException(
                "No OSV advisories at " + spec + ": give 'bundled', a directory of OSV JSON files or a .zip of them");
    }

    private static List<Advisory> bundled() throws IOException {
        List<Advisory> advisories = new ArrayList<>();
        for (String name : resourceLines(SNAPSHOT + "index.txt")) {
            try (InputStream in = resource(SNAPSHOT + name)) {
                OsvRecordReader.read(in, name).ifPresent(advisories::add);
            }
        }
        return advisories;
    }

    private static List<Advisory> directory(Path dir) throws IOException {
        List<Advisory> advisories = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    OsvRecordReader.read(in, file.toString()).ifPresent(advisories::add);
                }
            }
        }
        return advisories;
    }

    private static List<Advisory> zip(Path file) throws IOException {
        List<Advisory> advisories = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(".json")) {
                    OsvRecordReader.read(new NonClosingInputStream(zip), file + "!" + entry.getName())
                            .ifPresent(advisories::add);
                }
            }
        }
        return advisories;
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OsvSource.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing resource " + name);
        }
        return in;
    }

    /** Jackson closes what it reads; a zip entry must stay open for the next one. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
