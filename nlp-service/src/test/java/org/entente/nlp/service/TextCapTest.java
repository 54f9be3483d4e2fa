package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextCapTest {

    @Test
    void keepsTextsThatFit() {
        String text = "Oman hosted talks. ".repeat(5);
        assertThat(new TextCap(100).keptLength(text)).isEqualTo(text.length());
    }

    @Test
    void cutsAtTheLastSentenceEndBeforeTheCap() {
        String text = "Oman hosted talks between the two sides. ".repeat(10);
        int kept = new TextCap(100).keptLength(text);
        assertThat(kept).isLessThanOrEqualTo(100);
        assertThat(text.substring(0, kept)).endsWith("sides.");
    }

    @Test
    void fallsBackToWhiteSpaceWhenNoSentenceEndIsNear() {
        String text = "word ".repeat(60);
        int kept = new TextCap(100).keptLength(text);
        assertThat(kept).isBetween(80, 100);
        assertThat(text.charAt(kept)).isEqualTo(' ');
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(100);
        int kept = new TextCap(101).keptLength(text);
        assertThat(kept % 2).isZero();
    }

    @Test
    void refusesAUselessCap() {
        assertThatThrownBy(() -> new TextCap(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
