package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The committed {@code cameo-triggers.tsv} is what {@link CameoLexiconGenerator} derives from the copied
 * PETRARCH2 sources (run with {@code -Dcameo.regenerate=true} to rewrite it), and the copies are the
 * upstream files, byte for byte (their SHA-256 digests are recorded in {@code sources/SHA256SUMS}).
 */
class CameoLexiconTest {

    @Test
    void committedLexiconIsTheGeneratorsOutput() throws IOException {
        String generated = CameoLexiconGenerator.generate(CameoLexiconGenerator.SOURCES);
        if (Boolean.getBoolean("cameo.regenerate")) {
            Files.writeString(CameoLexiconGenerator.OUTPUT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CameoLexiconGenerator.OUTPUT, StandardCharsets.UTF_8))
                .as("cameo-triggers.tsv is stale: regenerate it with -Dcameo.regenerate=true").isEqualTo(generated);
    }

    @Test
    void copiedSourcesAreTheUpstreamFiles() throws IOException, NoSuchAlgorithmException {
        // The repository's copies are what the generator reads; their digests, recorded when they were
        // copied from the upstream commits the README names, catch an edit that would drift from upstream.
        Path sums = CameoLexiconGenerator.SOURCES.resolve("SHA256SUMS");
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            String[] digestAndName = line.split(" +\\*?", 2);
            recorded.put(digestAndName[1], digestAndName[0]);
        }
        try (var files = Files.list(CameoLexiconGenerator.SOURCES)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("SHA256SUMS")))
                    .as("every copied source has a recorded digest")
                    .containsExactlyInAnyOrderElementsOf(recorded.keySet());
        }
        for (Map.Entry<String, String> file : recorded.entrySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(CameoLexiconGenerator.SOURCES.resolve(file.getKey())));
            assertThat(HexFormat.of().formatHex(digest)).as(file.getKey() + " differs from its upstream copy")
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void codesMapToEntenteTypes() {
        Map<String, String> table = Map.of("057", "SUPPORT", "163", "COERCE", "190", "ASSAULT", "072", "AID",
                "090", "ACCUSE", "100", "REQUEST", "112", "ACCUSE", "111", "ACCUSE", "085", "RETREAT", "0841", "RETREAT");
        assertThat(CameoLexiconGenerator.ententeType("057", table)).isEqualTo("AGREE");
        assertThat(CameoLexiconGenerator.ententeType("163", table)).isEqualTo("SANCTION");
        assertThat(CameoLexiconGenerator.ententeType("190", table)).isEqualTo("FIGHT");
        assertThat(CameoLexiconGenerator.ententeType("192", table)).isEqualTo("COERCE");
        assertThat(CameoLexiconGenerator.ententeType("0721", table)).isEqualTo("AID");
        assertThat(CameoLexiconGenerator.ententeType("090", table)).isEqualTo("INVESTIGATE");
        assertThat(CameoLexiconGenerator.ententeType("1041", table)).isEqualTo("DEMAND");
        assertThat(CameoLexiconGenerator.ententeType("1122", table)).isEqualTo("ACCUSE");
        assertThat(CameoLexiconGenerator.ententeType("111", table)).isEqualTo("DISAPPROVE");
        assertThat(CameoLexiconGenerator.ententeType("0231", table)).isEqualTo("REQUEST");
        assertThat(CameoLexiconGenerator.ententeType("010", table)).isNull();
        assertThat(CameoLexiconGenerator.ententeType("---", table)).isNull();
        assertThat(CameoLexiconGenerator.sourceCode("042:043")).isEqualTo("042");
        assertThat(CameoLexiconGenerator.sourceCode(":054")).isNull();
    }

    @Test
    void patternWordsMatchTheirLemmas() {
        assertThat(CameoLexiconGenerator.lemmas("SANCTIONS")).containsExactly("sanctions", "sanction");
        assertThat(CameoLexiconGenerator.lemmas("CASH_")).containsExactly("cash");
        assertThat(CameoLexiconGenerator.lemmas("ENQUIRIES")).contains("enquiry");
    }

    @Test
    void generatedRulesFollowTheDictionaryAndLeaveOutGenericOnes() throws IOException {
        String generated = CameoLexiconGenerator.generate(CameoLexiconGenerator.SOURCES);
        List<String> rows = generated.lines().filter(l -> !l.startsWith("#") && !l.startsWith("FORMS")).toList();
        assertThat(rows).isNotEmpty();
        // "SELL * &WEAPON [062]": a weapons sale is military cooperation
        assertThat(rows).anyMatch(r -> r.startsWith("COOPERATE\t") && r.contains("sell") && r.contains("missile"));
        // "EXPEL * DIPLOMAT" reduces relations
        assertThat(rows).anyMatch(r -> r.startsWith("SANCTION\t") && r.contains("expel") && r.contains("diplomat"));
        // no generic verb is a trigger by itself
        for (String verb : List.of("say", "tell", "make", "take", "go", "be", "have", "get", "give")) {
            assertThat(rows).noneMatch(r -> r.split("\t")[2].matches("(.*/)?" + verb + "(/.*)?_V"));
        }
        // every row parses as the lexicon reads it
        rows.forEach(r -> assertThat(TriggerLexicon.parse(r.split("\t")).elements()).isNotEmpty());
        assertThat(generated).contains("FORMS\tspeed\tsped");
    }
}
