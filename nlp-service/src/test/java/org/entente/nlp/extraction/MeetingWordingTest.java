package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Meetings in the wording of wire copy that the dictionary lacks: sitting down with, phone conversations and video
 * calls, consultations with, trips, handshakes. Sentences written for this test, not taken from an evaluation set.
 */
class MeetingWordingTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void sittingDownWithALeaderIsAMeeting() {
        assertThat(typedPairs("Philippine President Ferdinand Marcos Jr. sat down with Japan's Fumio Kishida in Tokyo on "
                + "Friday.")).contains("CONSULT JPN-PHL");
    }

    @Test
    void aVideoCallIsAPhoneCall() {
        assertThat(typedPairs("Chinese Foreign Minister Wang Yi held a video call with his Brazilian counterpart on Tuesday."))
                .contains("CONSULT BRA-CHN");
    }

    @Test
    void beginningATripToAStateIsAVisitNotAnAgreement() {
        assertThat(typedPairs("Vietnam's top leader To Lam began a three-day trip to Laos on Thursday."))
                .contains("CONSULT LAO-VNM").doesNotContain("AGREE LAO-VNM");
    }

    @Test
    void leadersWhoShookHandsMet() {
        assertThat(typedPairs("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook hands at "
                + "the White House.")).contains("CONSULT ARM-AZE");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
