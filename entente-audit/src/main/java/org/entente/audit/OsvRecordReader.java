package org.entente.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns one OSV JSON record (https://ossf.github.io/osv-schema/) into an {@link Advisory}, Maven packages only. */
final class OsvRecordReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OsvRecordReader() {
    }

    /** Empty when the record affects no Maven package or is withdrawn. */
    static Optional<Advisory> read(InputStream in, String origin) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException("Not an OSV JSON record: " + origin + " (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.hasNonNull("id")) {
            throw new IOException("OSV record without an id: " + origin);
        }
        if (root.hasNonNull("withdrawn")) {
            return Optional.empty();
        }
        List<Advisory.Affected> affected = new ArrayList<>();
        for (JsonNode a : root.path("affected")) {
            JsonNode pkg = a.path("package");
            if (!"Maven".equals(pkg.path("ecosystem").asText())) {
                continue;
            }
            Set<String> versions = new HashSet<>();
            a.path("versions").forEach(v -> versions.add(v.asText()));
            List<VersionRange> ranges = new ArrayList<>();
            for (JsonNode r : a.path("ranges")) {
                if (!"GIT".equals(r.path("type").asText())) {
                    ranges.add(range(r));
                }
            }
            affected.add(new Advisory.Affected(pkg.path("name").asText(), Set.copyOf(versions), List.copyOf(ranges)));
        }
        if (affected.isEmpty()) {
            return Optional.empty();
        }
        List<String> aliases = new ArrayList<>();
        root.path("aliases").forEach(x -> aliases.add(x.asText()));
        String summary = root.path("summary").asText(root.path("details").asText("").lines().findFirst().orElse(""));
        String severity = root.path("database_specific").path("severity").asText("UNKNOWN");
        return Optional
                .of(new Advisory(root.get("id").asText(), List.copyOf(aliases), summary, severity, List.copyOf(affected)));
    }

    private static VersionRange range(JsonNode r) {
        List<VersionRange.Event> events = new ArrayList<>();
        for (JsonNode e : r.path("events")) {
            e.fields().forEachRemaining(f -> events.add(new VersionRange.Event(kind(f.getKey()), f.getValue().asText())));
        }
        return new VersionRange(List.copyOf(events));
    }

    private static VersionRange.Kind kind(String field) {
        return switch (field) {
            case "introduced" -> VersionRange.Kind.INTRODUCED;
            case "fixed" -> VersionRange.Kind.FIXED;
            case "last_affected" -> VersionRange.Kind.LAST_AFFECTED;
            case "limit" -> VersionRange.Kind.LIMIT;
            default -> throw new IllegalArgumentException("Unknown OSV range event '" + field + "'");
        };
    }
}
