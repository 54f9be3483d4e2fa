package org.entente.relations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class NationsTest {

    private final Nations nations = Nations.load();

    @Test
    void holdsTheUnMembersAndFourMore() {
        assertThat(nations.all()).hasSize(197);
        assertThat(nations.all()).extracting(Nation::code).contains("PSE", "VAT", "XKX", "TWN", "SSD", "USA");
        assertThat(nations.all()).extracting(Nation::code).doesNotContain("HKG", "PRI", "GRL");
    }

    @Test
    void namesNationsInEnglish() {
        assertThat(nations.get("SAU").name()).isEqualTo("Saudi Arabia");
        assertThat(nations.get("XKX").name()).isEqualTo("Kosovo");
        assertThat(nations.isKnown("XYZ")).isFalse();
        assertThat(nations.isKnown("sau")).isFalse();
    }

    /**
     * nlp-service's gazetteer decides which codes events carry; this list decides which codes relations accepts. Two
     * files, so they are checked against each other: the same codes. The names may differ on purpose: the gazetteer's is
     * the short form news uses ("DR Congo", "Türkiye"), this one the display name of the API and dashboard ("Democratic
     * Republic of the Congo", "Turkey").
     */
    @Test
    void acceptsTheCodesTheGazetteerCodesEventsWith() throws IOException {
        Map<String, String> gazetteer = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("../nlp-service/src/main/resources/extraction/nations.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            gazetteer.put(columns[0], columns[1]);
        }
        Map<String, String> here = new TreeMap<>();
        nations.all().forEach(n -> here.put(n.code(), n.name()));
        assertThat(here.keySet()).isEqualTo(gazetteer.keySet());
    }
}
