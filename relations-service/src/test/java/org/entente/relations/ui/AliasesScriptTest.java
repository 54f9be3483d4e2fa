package org.entente.relations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The committed {@code js/aliases.js} is what {@link AliasesScriptGenerator} makes of the nation gazetteer. */
class AliasesScriptTest {

    @Test
    void committedAliasesAreTheGeneratorsOutput() throws IOException {
        String generated = AliasesScriptGenerator.generate(AliasesScriptGenerator.GAZETTEER);
        if (Boolean.getBoolean("aliases.regenerate")) {
            Files.writeString(AliasesScriptGenerator.OUTPUT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(AliasesScriptGenerator.OUTPUT, StandardCharsets.UTF_8))
                .as("js/aliases.js is stale: regenerate it with -Daliases.regenerate=true").isEqualTo(generated);
    }

    @Test
    void everyNationOfTheGazetteerHasItsNamesInOrder() throws IOException {
        String generated = AliasesScriptGenerator.generate(AliasesScriptGenerator.GAZETTEER);
        assertThat(generated.lines().filter(l -> l.matches("  [A-Z]{3}: \\[.*],"))).hasSize(197);
        assertThat(generated).contains("  ISR: [\"Israel\", \"State of Israel\", ")
                .contains("\"Knesset\"]").contains("\"People's Republic of China\"");
    }
}
