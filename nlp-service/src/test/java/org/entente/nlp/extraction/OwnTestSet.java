package org.entente.nlp.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Labeled sentences in JSON Lines: Entente's own sentences, the blind development and sealed sets (see README.md
 * next to the files) and the PETRARCH2 gold records. A source or target may be one code or a list of codes (every
 * pair of them is expected); {@code nations} is optional.
 */
final class OwnTestSet {

    static final String RESOURCE = "/extraction/own-news-sentences.jsonl";
    static final String BLIND_DEV = "/extraction/blind-dev.jsonl";
    static final String BLIND_SEALED = "/extraction/blind-sealed.jsonl";
    static final String BLIND2_DEV = "/extraction/blind2-dev.jsonl";
    static final String BLIND2_SEALED = "/extraction/blind2-sealed.jsonl";
    static final String BLIND3_DEV = "/extraction/blind3-dev.jsonl";
    static final String BLIND3_SEALED = "/extraction/blind3-sealed.jsonl";
    static final String BLIND4_DEV = "/extraction/blind4-dev.jsonl";
    static final String BLIND4_SEALED = "/extraction/blind4-sealed.jsonl";
    static final String BLIND5_DEV = "/extraction/blind5-dev.jsonl";
    static final String BLIND5_SEALED = "/extraction/blind5-sealed.jsonl";
    static final String BLIND6_DEV = "/extraction/blind6-dev.jsonl";
    static final String BLIND6_SEALED = "/extraction/blind6-sealed.jsonl";
    static final String BLIND7_DEV = "/extraction/blind7-dev.jsonl";
    static final String BLIND7_SEALED = "/extraction/blind7-sealed.jsonl";
    static final String BLIND8_DEV = "/extraction/blind8-dev.jsonl";
    static final String BLIND8_SEALED = "/extraction/blind8-sealed.jsonl";
    static final String BLIND9_DEV = "/extraction/blind9-dev.jsonl";
    static final String BLIND9_SEALED = "/extraction/blind9-sealed.jsonl";
    static final String BLIND10_DEV = "/extraction/blind10-dev.jsonl";
    static final String BLIND10_SEALED = "/extraction/blind10-sealed.jsonl";
    static final String BLIND11_DEV = "/extraction/blind11-dev.jsonl";
    static final String BLIND11_SEALED = "/extraction/blind11-sealed.jsonl";
    static final String BLIND12_DEV = "/extraction/blind12-dev.jsonl";
    static final String BLIND12_SEALED = "/extraction/blind12-sealed.jsonl";
    static final String BLIND13_DEV = "/extraction/blind13-dev.jsonl";
    static final String BLIND13_SEALED = "/extraction/blind13-sealed.jsonl";

    private OwnTestSet() {
    }

    static List<LabeledSentence> load() {
        return resource(RESOURCE, null);
    }

    /** A classpath resource; {@code split} names the half when the lines carry none. */
    static List<LabeledSentence> resource(String resource, String split) {
        InputStream in = OwnTestSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), split);
    }

    /** A file outside the repository, or an empty list where it is absent (a clone without ../shared). */
    static List<LabeledSentence> fileIfPresent(Path file, String split) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return read(Files.newBufferedReader(file, StandardCharsets.UTF_8), split);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LabeledSentence> read(Reader source, String split) {
        ObjectMapper json = new ObjectMapper();
        List<LabeledSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    sentences.add(parse(json.readTree(line), split));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    private static LabeledSentence parse(JsonNode node, String split) {
        Set<String> nations = null;
        if (node.has("nations")) {
            Set<String> named = new LinkedHashSet<>();
            node.get("nations").forEach(n -> named.add(n.asText()));
            nations = named;
        }
        List<LabeledSentence.Expected> events = new ArrayList<>();
        for (JsonNode e : node.get("events")) {
            String modality = e.path("modality").asText("asserted");
            String subtype = e.hasNonNull("subtype") ? e.get("subtype").asText() : null;
            for (String source : codes(e.get("source"))) {
                for (String target : codes(e.get("target"))) {
                    if (!source.equals(target)) {
                        events.add(new LabeledSentence.Expected(PloverType.valueOf(e.get("type").asText()), source, target,
                                subtype, Modality.valueOf(modality.toUpperCase(Locale.ROOT))));
                    }
                }
            }
        }
        LocalDate date = node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : null;
        Set<String> kinds = new LinkedHashSet<>();
        node.path("kinds").forEach(k -> kinds.add(k.asText()));
        String half = node.hasNonNull("split") ? node.get("split").asText() : split;
        return new LabeledSentence(node.get("id").asText(), half, node.get("text").asText(), date, nations, events, kinds);
    }

    private static List<String> codes(JsonNode node) {
        List<String> codes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> codes.add(n.asText()));
        } else {
            codes.add(node.asText());
        }
        return codes;
    }
}
