package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A message or letter is the medium of what it says (lane fp): a congratulatory or condolence message is SUPPORT, and a
 * message whose content the sentence tells as an event of the same pair is not also a meeting (CAMEO's "send message"
 * is CONSULT). Sentences written for this test, not taken from an evaluation set.
 */
class MessageContentsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aCongratulatoryMessageIsSupport() {
        assertThat(TypedPairs.of(extractor,
                "Turkish President Erdogan sent a congratulatory message to Azerbaijani President Aliyev on Sunday."))
                .containsExactly("SUPPORT AZE-TUR");
        assertThat(TypedPairs.of(extractor,
                "The Brazilian president sent a letter of condolence to Morocco after the earthquake."))
                .containsExactly("SUPPORT BRA-MAR");
    }

    @Test
    void aMessageTellingAnActOfItsOwnIsNoMeeting() {
        assertThat(TypedPairs.of(extractor,
                "Chinese President Xi Jinping sent a message to Kenyan President William Ruto on Monday, congratulating him"
                        + " on his re-election."))
                .contains("SUPPORT CHN-KEN").doesNotContain("CONSULT CHN-KEN");
    }
}
