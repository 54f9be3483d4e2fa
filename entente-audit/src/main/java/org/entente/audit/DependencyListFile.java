package org.entente.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the output file of {@code maven-dependency-plugin:list}: lines such as
 * {@code   org.postgresql:postgresql:jar:42.7.8:compile -- module org.postgresql.jdbc}, with or without
 * a classifier, and with the terminal colours Maven adds outside batch mode.
 */
public final class DependencyListFile {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private DependencyListFile() {
    }

    public static List<Dependency> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<Dependency> parse(List<String> lines) {
        List<Dependency> deps = new ArrayList<>();
        for (String raw : lines) {
            String line = ANSI.matcher(raw).replaceAll("").trim();
            int comment = line.indexOf(" -- ");
            if (comment >= 0) {
                line = line.substring(0, comment).trim();
            }
            String[] parts = line.split(":");
            if (line.contains(" ") || parts.length < 5) {
                continue; // the header line and blank lines
            }
            // group:artifact:type:version:scope or group:artifact:type:classifier:version:scope
            String version = parts.length >= 6 ? parts[4] : parts[3];
            deps.add(new Dependency(parts[0], parts[1], version));
        }
        return deps.stream().distinct().toList();
    }
}
