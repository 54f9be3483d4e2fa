package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The meeting at which an act was done is held by the act's parties when its own phrase names fewer than two states
 * (issue 14, lane ca): a speaker who names no state ("..., the trade minister said after talks in Cairo") or an act whose
 * other party is its object. Sentences written for this test, not copied from an evaluation set.
 */
class ActMeetingsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void talksAfterWhichASpeakerToldTheActAreHeldByItsParties() {
        assertThat(TypedPairs.of(extractor, "Kenya agreed on Tuesday to resume beef exports to Egypt, Trade Minister "
                + "Rebecca Miano said after talks in Cairo.")).contains("AGREE EGY-KEN", "CONSULT EGY-KEN");
    }

    @Test
    void talksWithACounterpartAfterARequestAreHeldByTheAskerToo() {
        assertThat(TypedPairs.of(extractor, "Moldova has asked Romania for help securing its power grid, Energy Minister "
                + "Victor Parlicov said after talks with his Romanian counterpart in Chisinau."))
                .contains("REQUEST MDA-ROU", "CONSULT MDA-ROU");
    }
}
