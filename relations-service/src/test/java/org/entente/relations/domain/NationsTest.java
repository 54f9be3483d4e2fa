package org.entente.relations.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
}
