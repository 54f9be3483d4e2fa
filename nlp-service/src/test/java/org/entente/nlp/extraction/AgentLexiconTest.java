package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The committed {@code agent-nouns.tsv} and {@code sports-discards.txt} are what {@link AgentLexiconGenerator}
 * derives from the copied PETRARCH2 agents and discards files (run with {@code -Dagents.regenerate=true} to
 * rewrite them); the copies' digests are checked by {@link CameoLexiconTest} with the other sources.
 */
class AgentLexiconTest {

    private static final Path SOURCES = CameoLexiconGenerator.SOURCES;

    @Test
    void committedAgentNounsAreTheGeneratorsOutput() throws IOException {
        assertCommitted(AgentLexiconGenerator.AGENTS_OUTPUT, AgentLexiconGenerator.generateAgents(SOURCES));
    }

    @Test
    void committedSportsDiscardsAreTheGeneratorsOutput() throws IOException {
        assertCommitted(AgentLexiconGenerator.DISCARDS_OUTPUT, AgentLexiconGenerator.generateSportsDiscards(SOURCES));
    }

    private static void assertCommitted(Path output, String generated) throws IOException {
        if (Boolean.getBoolean("agents.regenerate")) {
            Files.writeString(output, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(output, StandardCharsets.UTF_8))
                .as(output.getFileName() + " is stale: regenerate it with -Dagents.regenerate=true").isEqualTo(generated);
    }

    @Test
    void sectorsGiveRoles() {
        assertThat(AgentLexiconGenerator.sector("~GOVMIL")).isEqualTo("GOVMIL");
        assertThat(AgentLexiconGenerator.sector("IGO~")).isEqualTo("IGO");
        assertThat(AgentLexiconGenerator.role("GOVMIL")).isEqualTo("state");
        assertThat(AgentLexiconGenerator.role("COP")).isEqualTo("state");
        assertThat(AgentLexiconGenerator.role("REB")).isEqualTo("non-state");
        assertThat(AgentLexiconGenerator.role("UAFMUS")).isEqualTo("non-state");
        assertThat(AgentLexiconGenerator.role("IGO")).isEqualTo("igo");
        assertThat(AgentLexiconGenerator.role("HLH")).isEqualTo("people");
        assertThat(AgentLexiconGenerator.headIndex(List.of("minister", "of", "defence"))).isZero();
        assertThat(AgentLexiconGenerator.headIndex(List.of("coast", "guard"))).isEqualTo(1);
    }

    @Test
    void agentNounsFollowTheFile() throws IOException {
        List<String> rows = AgentLexiconGenerator.generateAgents(SOURCES).lines().filter(l -> !l.startsWith("#")).toList();
        // the examples asked for: ministers, troops, embassies, coast guards, ministries act for their state
        for (String phrase : List.of("minister", "foreign minister", "troop", "embassy", "coast guard", "navy",
                "defence ministry", "parliament", "government delegation")) {
            assertThat(rows).as(phrase).anyMatch(r -> r.startsWith(phrase + "\t") && r.split("\t")[3].equals("state"));
        }
        // "!MINIST!" and the stem MINIST are expanded; rebels and militants name no state; doctors are people
        assertThat(rows).anyMatch(r -> r.startsWith("minister for defence\t0\tGOVMIL\tstate\t"));
        assertThat(rows).anyMatch(r -> r.startsWith("rebel\t0\tREB\tnon-state\t"));
        assertThat(rows).anyMatch(r -> r.startsWith("militant\t0\tUAF\tnon-state\t"));
        assertThat(rows).anyMatch(r -> r.startsWith("doctor\t0\tHLH\tpeople\t"));
        assertThat(rows).anyMatch(r -> r.startsWith("peacekeeping troops\t1\tIGO\tigo\t"));
        assertThat(rows).noneMatch(r -> r.contains("!") && r.split("\t")[0].contains("!"));
    }

    @Test
    void sportsDiscardsKeepSportOnly() throws IOException {
        List<String> phrases = AgentLexiconGenerator.generateSportsDiscards(SOURCES).lines()
                .filter(l -> !l.startsWith("#")).toList();
        assertThat(phrases).contains("world cup", "asian games", "champions league", "test series", "first seed",
                "scored two goals", "cricket");
        assertThat(phrases).doesNotContain("years ago", "third round", "champion", "world war ii", "film festival",
                "avian flu", "marathon");
    }
}
