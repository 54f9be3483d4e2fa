package org.entente.relations.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the dashboard's {@code js/aliases.js} from nlp-service's nation gazetteer ({@code nations.tsv}): for each
 * nation, in the gazetteer's order, its short name, other names and acronyms, demonyms, and capitals and seats of
 * government, as the search box matches them. {@link AliasesScriptTest} fails when the committed script differs;
 * {@code -Daliases.regenerate=true} rewrites it.
 */
final class AliasesScriptGenerator {

    static final Path GAZETTEER = Path.of("../nlp-service/src/main/resources/extraction/nations.tsv");
    static final Path OUTPUT = Path.of("src/main/resources/META-INF/resources/js/aliases.js");

    private static final String HEADER = """
            // Common names of each nation for the search box: other names, acronyms, demonyms, capitals and seats of
            // government. Generated from nlp-service/src/main/resources/extraction/nations.tsv by AliasesScriptGenerator
            // (relations-service tests): do not edit; AliasesScriptTest fails when this file differs from its output, and
            // -Daliases.regenerate=true rewrites it. The gazetteer is partly derived from the Phoenix/PETRARCH
            // country-actor dictionary, Copyright (c) 2014 Open Event Data Alliance, MIT License.
            export const ALIASES = {
            """;

    private AliasesScriptGenerator() {
    }

    static String generate(Path gazetteer) throws IOException {
        StringBuilder out = new StringBuilder(HEADER);
        for (String line : Files.readAllLines(gazetteer, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 2 || !columns[0].matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("not a gazetteer row (CODE<TAB>name...): " + line);
            }
            List<String> names = new ArrayList<>();
            for (int c = 1; c < columns.length; c++) {
                for (String name : columns[c].split("\\|")) {
                    if (!name.isBlank() && !names.contains(name.strip())) {
                        names.add(name.strip());
                    }
                }
            }
            out.append("  ").append(columns[0]).append(": [")
                    .append(String.join(", ", names.stream().map(AliasesScriptGenerator::quoted).toList()))
                    .append("],\n");
        }
        return out.append("};\n").toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
