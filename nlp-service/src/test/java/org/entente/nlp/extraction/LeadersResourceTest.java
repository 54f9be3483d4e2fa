package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The committed leaders and nation-variant resources are what the generators derive from the Phoenix dictionary today
 * (run with {@code -Dleaders.regenerate=true} to rewrite it), from the dictionary copy in src/test/reference.
 */
class LeadersResourceTest {

    @Test
    void committedResourceIsTheGeneratorsOutput() throws IOException {
        String generated = LeadersResourceGenerator.generate(LeadersResourceGenerator.PHOENIX);
        if (Boolean.getBoolean("leaders.regenerate")) {
            Files.writeString(LeadersResourceGenerator.OUTPUT, generated, StandardCharsets.UTF_8);
        }
        try (InputStream in = LeadersResourceTest.class.getResourceAsStream(StateOfficials.RESOURCE)) {
            assertThat(in).as("leaders resource on the classpath").isNotNull();
            String committed = Files.readString(LeadersResourceGenerator.OUTPUT, StandardCharsets.UTF_8);
            assertThat(committed).as("leaders.tsv is stale: regenerate it").isEqualTo(generated);
        }
    }

    @Test
    void committedVariantsAreTheGeneratorsOutput() throws IOException {
        String generated = NationVariantsGenerator.generate(LeadersResourceGenerator.PHOENIX);
        if (Boolean.getBoolean("leaders.regenerate")) {
            Files.writeString(NationVariantsGenerator.OUTPUT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(NationVariantsGenerator.OUTPUT, StandardCharsets.UTF_8))
                .as("nation-variants.tsv is stale: regenerate it").isEqualTo(generated);
        assertThat(generated).contains("Afganistan").doesNotContain("Moscow").doesNotContain("Samara");
    }

    @Test
    void generatedNamesKeepLeadersAndDropGenericOrSharedNames() throws IOException {
        String generated = LeadersResourceGenerator.generate(LeadersResourceGenerator.PHOENIX);
        assertThat(generated).contains("|PUTIN|")
                .contains("Ban Ki-moon\tKOR GOV 2004-01-16 2006-11-30;IGO GOV 2007-01-01 2016-12-31");
        assertThat(generated.lines().filter(l -> !l.startsWith("#")))
                .noneMatch(l -> l.startsWith("PRESIDENT\t") || l.contains("|PRESIDENT|") || l.contains("|RUSSIA|"));
    }
}
