package org.entente.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class EventIdTest {

    @Test
    void isTheFirstHalfOfSha256OverTheContractMaterial() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("v1|art1|3|AGREE|SAU|IRN".getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(digest).substring(0, 32);
        assertThat(EventId.of("art1", 3, "AGREE", "SAU", "IRN")).isEqualTo(expected);
    }

    @Test
    void differsByDirectionSentenceAndType() {
        String id = EventId.of("art1", 3, "AGREE", "SAU", "IRN");
        assertThat(id).isNotEqualTo(EventId.of("art1", 3, "AGREE", "IRN", "SAU"))
                .isNotEqualTo(EventId.of("art1", 4, "AGREE", "SAU", "IRN"))
                .isNotEqualTo(EventId.of("art1", 3, "CONSULT", "SAU", "IRN"));
    }

    @Test
    void aHeadlinesIdsAreTheirOwnAndATextsAreUnchanged() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("v1|art1|title|0|AGREE|SAU|IRN".getBytes(StandardCharsets.UTF_8));
        assertThat(EventId.of("art1", EvidencePart.TITLE, 0, "AGREE", "SAU", "IRN"))
                .isEqualTo(HexFormat.of().formatHex(digest).substring(0, 32))
                .isNotEqualTo(EventId.of("art1", EvidencePart.TEXT, 0, "AGREE", "SAU", "IRN"));
        assertThat(EventId.of("art1", EvidencePart.TEXT, 3, "AGREE", "SAU", "IRN"))
                .isEqualTo(EventId.of("art1", 3, "AGREE", "SAU", "IRN"));
    }

    @Test
    void pairKeyIsSorted() {
        assertThat(PairKey.of("SAU", "IRN")).isEqualTo("IRN|SAU");
        assertThat(PairKey.of("IRN", "SAU")).isEqualTo("IRN|SAU");
    }
}
