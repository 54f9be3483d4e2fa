package org.entente.nlp.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The PLOVER gold standard records (CC BY-SA 4.0, see README.md next to the file), reduced to the
 * records whose actors are all states. A record counts as state-to-state when every source and
 * target actor carries a state's code (CAMEO's JAP, ITL, VTN read as JPN, ITA, VNM), no actor is
 * marked with a non-state sector (rebels, opposition, civilians, refugees, media, ...), and at least
 * two different states take part.
 */
final class PloverGold {

    static final String RESOURCE = "/extraction/plover-gsr-cameo.json";
    private static final Map<String, String> CAMEO_TO_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    private static final List<String> NON_STATE_SECTORS = List.of(
            "REB", "OPP", "CVL", "CIV", "REF", "UAF", "MED", "EDU", "LAB", "MOS", "JRN", "PTY", "CRM", "REL", "BUS",
            "AGR", "SOC", "ELI", "IGO", "NGO");

    private PloverGold() {
    }

    /** State-to-state records; with {@code sectorsMatter} false, any actor with a state's code counts. */
    static List<LabeledSentence> stateToState(Set<String> stateCodes, boolean sectorsMatter) {
        List<LabeledSentence> sentences = new ArrayList<>();
        for (JsonNode record : read()) {
            if (!record.has("text") || !record.has("source")) {
                continue;
            }
            List<JsonNode> sources = actors(record.get("source"));
            List<JsonNode> targets = actors(record.get("target"));
            List<JsonNode> all = new ArrayList<>(sources);
            all.addAll(targets);
            boolean states = !all.isEmpty() && all.stream().allMatch(a -> stateCodes.contains(code(a))
                    && (!sectorsMatter || !nonState(a)));
            Set<String> codes = new LinkedHashSet<>();
            all.forEach(a -> codes.add(code(a)));
            if (!states || codes.size() < 2) {
                continue;
            }
            PloverType type = PloverType.valueOf(record.get("event").asText());
            sentences.add(new LabeledSentence(record.get("id").asText(), "gold", record.get("text").asText(), null,
                    expected(type, sources, targets)));
        }
        return sentences;
    }

    /**
     * The records the gold-set evaluation counts (138): a source and a target (or several sources), and every actor without a
     * sector or in a state sector (government, military, police, judiciary, legislature).
     */
    static List<LabeledSentence> stateSectorsWithSourceAndTarget() {
        Set<String> stateSectors = Set.of("", "GOV", "MIL", "COP", "JUD", "LEG");
        List<LabeledSentence> sentences = new ArrayList<>();
        for (JsonNode record : read()) {
            List<JsonNode> sources = actors(record.get("source"));
            List<JsonNode> targets = actors(record.get("target"));
            List<JsonNode> all = new ArrayList<>(sources);
            all.addAll(targets);
            // A record with an empty target and several sources ("A and B agreed") pairs its sources.
            boolean sourcesPaired = targets.isEmpty() && sources.size() >= 2 && record.path("target").isTextual();
            if (!record.has("text") || sources.isEmpty() || (targets.isEmpty() && !sourcesPaired)
                    || !all.stream().allMatch(a -> stateSectors.contains(a.path("sector").asText("")))) {
                continue;
            }
            PloverType type = PloverType.valueOf(record.get("event").asText());
            sentences.add(new LabeledSentence(record.get("id").asText(), "gold", record.get("text").asText(), null,
                    expected(type, sources, targets)));
        }
        return sentences;
    }

    /**
     * The same records with only the expected pairs whose two actors are states: what an extractor of
     * nation pairs can find at all (that count includes pairs with IGO, NGO and IMG actors).
     */
    static List<LabeledSentence> statePairsOnly(List<LabeledSentence> records, Set<String> stateCodes) {
        return records.stream()
                .map(r -> new LabeledSentence(r.id(), r.split(), r.text(), r.date(), r.nations(), r.events().stream()
                        .filter(e -> stateCodes.contains(e.source()) && stateCodes.contains(e.target())).toList(), r.kinds()))
                .toList();
    }

    private static List<LabeledSentence.Expected> expected(PloverType type, List<JsonNode> sources, List<JsonNode> targets) {
        List<LabeledSentence.Expected> events = new ArrayList<>();
        if (targets.isEmpty()) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    add(events, type, code(sources.get(i)), code(sources.get(j)));
                }
            }
        }
        for (JsonNode source : sources) {
            for (JsonNode target : targets) {
                add(events, type, code(source), code(target));
            }
        }
        return events;
    }

    private static void add(List<LabeledSentence.Expected> events, PloverType type, String source, String target) {
        if (!source.equals(target)) {
            events.add(new LabeledSentence.Expected(type, source, target, null, null));
        }
    }

    private static boolean nonState(JsonNode actor) {
        String sector = actor.path("sector").asText("");
        return NON_STATE_SECTORS.stream().anyMatch(sector::startsWith);
    }

    private static String code(JsonNode actor) {
        String code = actor.path("code").asText("");
        return CAMEO_TO_ISO.getOrDefault(code, code);
    }

    private static List<JsonNode> actors(JsonNode node) {
        List<JsonNode> actors = new ArrayList<>();
        if (node == null || node.isTextual() || node.isNull()) {
            return actors;
        }
        if (node.isObject()) {
            actors.add(node);
        } else {
            node.forEach(actors::add);
        }
        return actors;
    }

    private static JsonNode read() {
        try (InputStream in = PloverGold.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
