package org.entente.nlp.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials of {@code extraction/leaders.tsv} (derived from the Phoenix dictionary, see its
 * header), indexed by their names as normalized word sequences: "President Vladimir Putin" and
 * "president vladimir putin" meet the key {@code "president vladimir putin"}. Finding a name is a
 * hash lookup per word n-gram, not a pattern per name.
 */
final class StateOfficials {

    static final String RESOURCE = "/extraction/leaders.tsv";

    private final Map<String, StateOfficial> byName;
    private final Map<String, Integer> longestFrom;

    private StateOfficials(Map<String, StateOfficial> byName) {
        this.byName = Map.copyOf(byName);
        Map<String, Integer> longest = new HashMap<>();
        byName.keySet().forEach(k -> longest.merge(k.split(" ")[0], k.split(" ").length, Math::max));
        this.longestFrom = Map.copyOf(longest);
    }

    static StateOfficials load() {
        InputStream in = StateOfficials.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        Map<String, StateOfficial> byName = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    String[] names = columns[0].split("\\|");
                    StateOfficial official = new StateOfficial(names[0], offices(columns[1]));
                    for (String name : names) {
                        byName.put(key(List.of(name.split("[\\s\\-\u2013]+"))), official);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new StateOfficials(byName);
    }

    /** Words a name may start with, and the most words a name starting there has (0: none). */
    int longestNameFrom(String word) {
        return longestFrom.getOrDefault(PhraseTrie.normalize(word), 0);
    }

    StateOfficial get(List<String> words) {
        return byName.get(key(words));
    }

    static String key(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            String normalized = PhraseTrie.normalize(word);
            if (!normalized.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(normalized);
            }
        }
        return key.toString();
    }

    private static List<StateOfficial.Office> offices(String column) {
        List<StateOfficial.Office> offices = new ArrayList<>();
        for (String office : column.split(";")) {
            String[] parts = office.strip().split(" ");
            offices.add(new StateOfficial.Office(parts[0], date(parts[2]), date(parts[3])));
        }
        return offices;
    }

    private static LocalDate date(String text) {
        return text.equals("-") ? null : LocalDate.parse(text);
    }
}
