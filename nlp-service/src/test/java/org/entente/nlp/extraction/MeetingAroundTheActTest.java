package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The meeting around an act (after talks, after two days of negotiations, on a state visit, after one leader hosted the
 * other) is an event of its own between the parties of the act: CONSULT beside what they agreed. Sentences written for
 * this test, not taken from an evaluation set.
 */
class MeetingAroundTheActTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void talksAfterWhichAnActWasDoneAreAMeetingOfItsParties() {
        // before: only "during" and "at" put a meeting around the act
        assertThat(typedPairs("Qatar's emir and the Indian prime minister announced a strategic partnership after talks in "
                + "New Delhi, agreeing to double bilateral trade within five years."))
                .contains("CONSULT IND-QAT");
    }

    @Test
    void daysOfNegotiationsAreAMeetingOfEveryConjunctOfTheSubject() {
        // before: "two days of negotiations" hid the preposition, and only the first conjunct of the subject was read
        assertThat(typedPairs("Argentina and Uruguay reached a deal on dredging the River Plate after two days of "
                + "negotiations in Montevideo.")).contains("CONSULT ARG-URY", "AGREE ARG-URY");
    }

    @Test
    void aStateVisitTookPlaceWhateverWasAgreedOnIt() {
        // before: the visit took the intent of "agreed to" and became a second AGREE
        assertThat(typedPairs("On a state visit to Hanoi, South Korean President Yoon Suk Yeol and Vietnam's leaders agreed "
                + "to upgrade ties to a comprehensive strategic partnership.")).contains("CONSULT KOR-VNM", "AGREE KOR-VNM");
    }

    @Test
    void aClauseOfTimeUnderAPledgeIsToldAsAFact() {
        // before: "after Mahama hosted ..." sat under what was pledged and was dropped as part of the pledge
        assertThat(typedPairs("Ghana and Togo pledged to boost security cooperation along their shared border after "
                + "President John Mahama hosted his Togolese counterpart in Accra.")).contains("CONSULT GHA-TGO");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
