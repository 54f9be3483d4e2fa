package org.entente.nlp.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Entente's own news sentences with expected nations and events (see README.md next to the file). */
final class OwnTestSet {

    static final String RESOURCE = "/extraction/own-news-sentences.jsonl";

    private OwnTestSet() {
    }

    static List<LabeledSentence> load() {
        ObjectMapper json = new ObjectMapper();
        List<LabeledSentence> sentences = new ArrayList<>();
        InputStream in = OwnTestSet.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    sentences.add(parse(json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    private static LabeledSentence parse(JsonNode node) {
        Set<String> nations = new LinkedHashSet<>();
        node.get("nations").forEach(n -> nations.add(n.asText()));
        List<LabeledSentence.Expected> events = new ArrayList<>();
        for (JsonNode e : node.get("events")) {
            String modality = e.path("modality").asText("asserted");
            events.add(new LabeledSentence.Expected(PloverType.valueOf(e.get("type").asText()), e.get("source").asText(),
                    e.get("target").asText(), e.hasNonNull("subtype") ? e.get("subtype").asText() : null,
                    Modality.valueOf(modality.toUpperCase(Locale.ROOT))));
        }
        LocalDate date = node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null;
        return new LabeledSentence(node.get("id").asText(), node.get("split").asText(), node.get("text").asText(), date,
                nations, events);
    }
}
