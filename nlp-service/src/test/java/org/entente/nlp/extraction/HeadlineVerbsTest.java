package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headline verbs the tagger reads as nouns (issue 14, lane hl): "Cairo blasts Addis Ababa" has no verb for CoreNLP.
 * Sentences written for this test, not copied from an evaluation set.
 */
class HeadlineVerbsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aNounWhereTheHeadlinesVerbMustBeIsItsVerb() {
        assertThat(TypedPairs.of(extractor, "Nairobi blasts Kampala over border arrests of traders"))
                .contains("DISAPPROVE KEN-UGA");
    }

    @Test
    void aVerbWhoseNounHasALemmaOfItsOwnTakesTheVerbsLemma() {
        // "summons" is a noun's lemma; the rule reads "summon"
        assertThat(TypedPairs.of(extractor, "Nairobi summons Ugandan envoy over detention of opposition figure"))
                .contains("PROTEST KEN-UGA");
    }

    @Test
    void aNounBeforeTheClausesOwnVerbStaysANoun() {
        assertThat(TypedPairs.of(extractor, "Kabul blasts kill 12 near Pakistan embassy"))
                .doesNotContain("DISAPPROVE AFG-PAK");
    }

    @Test
    void aNounAfterAStatesOwnAgentIsTheHeadlinesVerb() {
        // "junta" names who in Mali acts, as the state's name alone would
        assertThat(TypedPairs.of(extractor, "Mali junta orders Swedish envoy out within 72 hours"))
                .contains("SANCTION MLI-SWE");
    }

    @Test
    void aNounAfterAnOfficialNamedWithHisStateIsTheHeadlinesVerb() {
        assertThat(TypedPairs.of(extractor, "France's Macron phones Egypt's Sisi over Gaza truce")).contains("CONSULT EGY-FRA");
    }

    @Test
    void aLaterVerbAfterOverTellsTheReasonNotTheClausesVerb() {
        assertThat(TypedPairs.of(extractor, "Quito summons Peruvian envoy over reports Peru spied on its navy"))
                .contains("PROTEST ECU-PER");
    }
}
