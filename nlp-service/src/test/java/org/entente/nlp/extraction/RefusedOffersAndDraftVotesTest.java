package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Refused offers and votes against a draft, as the coding guide settles them (lane vxe, session 26, issue 14). Sentences
 * written for this test, not taken from an evaluation set.
 */
class RefusedOffersAndDraftVotesTest {

    // the rules alone: what the learned pass adds or drops is its own call
    private static final ArticleExtractor extractor = ArticleExtractor.create(LearnedPairs.none());

    @Test
    void aRefusedOfferIsTheOfferAndTheRefusal() {
        // coding guide, "Refused offers": AGREE intent from the offerer beside the refusal's REJECT
        List<ExtractedEvent> events = extractor
                .extract("Hungary turned down Austria's offer of talks on the pipeline dispute on Monday.").events();
        assertThat(events).anyMatch(e -> e.type() == PloverType.REJECT && e.source().equals("HUN")
                && e.target().equals("AUT"));
        assertThat(events).anyMatch(e -> e.type() == PloverType.AGREE && e.source().equals("AUT")
                && e.target().equals("HUN") && e.modality() == Modality.INTENT);
        assertThat(directed("Chile rebuffed offers of help from Peru and Bolivia after the floods."))
                .contains("AGREE PER>CHL", "AGREE BOL>CHL");
    }

    @Test
    void onlyTheOffersOwnMakerOffered() {
        // the refusal may face the states whose help was taken; the offer is only the one its phrase names
        assertThat(directed("Chile accepted rescue teams from Peru and Bolivia, turning down other offers."))
                .doesNotContain("AGREE PER>CHL", "AGREE BOL>CHL");
    }

    @Test
    void aVoteAgainstADraftRejectsItsDrafters() {
        // coding guide, calls of the tenth set's coders: REJECT from the voter to each drafter
        assertThat(directed("Ecuador voted against a text drafted by Chile and Peru on fishing rights."))
                .contains("REJECT ECU>CHL", "REJECT ECU>PER");
        // the drafters named after the draft's own phrase, where the parser hangs the participle on the vote
        assertThat(directed("Hungary was the only state to vote against a resolution on ending child labour, "
                + "drafted by Spain and Portugal.")).contains("REJECT HUN>ESP", "REJECT HUN>PRT");
    }

    private static List<String> directed(String text) {
        return TypedPairs.directed(extractor, text);
    }
}
