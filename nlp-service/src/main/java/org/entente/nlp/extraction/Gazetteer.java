package org.entente.nlp.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nations, organizations and blocking phrases, loaded from the tab-separated resources under
 * {@code extraction/}. See docs/extraction.md for the sources.
 */
final class Gazetteer {

    static final String NATIONS = "/extraction/nations.tsv";
    static final String ORGANIZATIONS = "/extraction/organizations.tsv";
    static final String BLOCKERS = "/extraction/blockers.txt";
    static final String VARIANTS = "/extraction/nation-variants.tsv";

    private final List<GazetteerEntry> entries;
    private final Map<String, String> nationNames;

    private Gazetteer(List<GazetteerEntry> entries, Map<String, String> nationNames) {
        this.entries = List.copyOf(entries);
        this.nationNames = Map.copyOf(nationNames);
    }

    static Gazetteer load() {
        return load(true);
    }

    /** @param withVariants false leaves out the generated misspellings, for the generator that derives them */
    static Gazetteer load(boolean withVariants) {
        List<GazetteerEntry> entries = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] row : rows(NATIONS)) {
            // code, short name, names, adjectives, capitals
            String code = row[0];
            String name = row[1];
            names.put(code, name);
            add(entries, code, name, EntryKind.NATION_NAME, name);
            add(entries, code, name, EntryKind.NATION_NAME, column(row, 2));
            add(entries, code, name, EntryKind.NATION_ADJECTIVE, column(row, 3));
            add(entries, code, name, EntryKind.CAPITAL, column(row, 4));
        }
        if (withVariants) {
            for (String[] row : rows(VARIANTS)) {
                add(entries, row[0], names.get(row[0]), EntryKind.NATION_NAME, row[1]);
            }
        }
        for (String[] row : rows(ORGANIZATIONS)) {
            add(entries, row[0], row[1], EntryKind.ORGANIZATION, row[1]);
            add(entries, row[0], row[1], EntryKind.ORGANIZATION, column(row, 2));
        }
        for (String[] row : rows(BLOCKERS)) {
            add(entries, "", row[0], EntryKind.BLOCKER, row[0]);
        }
        return new Gazetteer(entries, names);
    }

    List<GazetteerEntry> entries() {
        return entries;
    }

    /** ISO alpha-3 code to short name, for every nation the gazetteer knows. */
    Map<String, String> nationNames() {
        return nationNames;
    }

    private static String column(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }

    private static void add(List<GazetteerEntry> entries, String code, String name, EntryKind kind, String phrases) {
        for (String phrase : phrases.split("\\|")) {
            String trimmed = phrase.strip();
            if (!trimmed.isEmpty()) {
                entries.add(new GazetteerEntry(code, name, kind, trimmed, isAcronym(trimmed)));
            }
        }
    }

    private static boolean isAcronym(String phrase) {
        String letters = phrase.replace(".", "");
        return letters.length() <= 6 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    static List<String[]> rows(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
