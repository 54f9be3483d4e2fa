package org.entente.nlp.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written supplement to the Phoenix dictionary ({@code leaders-supplement.tsv}): offices after
 * January 2014, corrections, and offices in intergovernmental bodies.
 */
final class LeadersSupplement {

    private LeadersSupplement() {
    }

    /** Supplement entries replace the offices of Phoenix entries that share a name with them, and are added. */
    static List<PhoenixActors.Actor> merge(List<PhoenixActors.Actor> phoenix, List<PhoenixActors.Actor> supplement) {
        Map<String, PhoenixActors.Actor> byKey = new HashMap<>();
        supplement.forEach(a -> a.names().forEach(n -> byKey.put(LeadersResourceGenerator.key(n), a)));
        List<PhoenixActors.Actor> merged = new ArrayList<>();
        for (PhoenixActors.Actor actor : phoenix) {
            PhoenixActors.Actor replacement = actor.names().stream().map(n -> byKey.get(LeadersResourceGenerator.key(n)))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            merged.add(replacement == null ? actor : new PhoenixActors.Actor(actor.names(), replacement.roles()));
        }
        merged.addAll(supplement);
        return merged;
    }

    static List<PhoenixActors.Actor> read(Path file) throws IOException {
        List<PhoenixActors.Actor> actors = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            List<PhoenixActors.Role> roles = new ArrayList<>();
            for (String office : columns[1].split(";")) {
                String[] parts = office.strip().split(" ");
                roles.add(new PhoenixActors.Role(parts[0], parts[1], day(parts[2]), day(parts[3])));
            }
            actors.add(new PhoenixActors.Actor(List.of(columns[0].split("\\|")), roles));
        }
        return actors;
    }

    private static java.time.LocalDate day(String text) {
        return text.equals("-") ? null : java.time.LocalDate.parse(text);
    }
}
