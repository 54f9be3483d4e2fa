package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * AGREE subtypes by docs/event-coding.md: a pledge to defend each other is a defense pact, working together on
 * defence or holding exercises and patrols is military cooperation, and a named document with nothing more specific
 * is a treaty. Sentences written for this test.
 */
class AgreementSubtypesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    private static String subtypeOf(String sentence) {
        return extractor.extract(sentence).events().stream().filter(e -> e.type() == PloverType.AGREE)
                .map(e -> e.subtype() == null ? "none" : e.subtype()).findFirst().orElse("no AGREE");
    }

    @Test
    void defenceCooperationIsMilitaryCooperationAndAMutualDefencePactIsADefensePact() {
        assertThat(subtypeOf("Greece and Cyprus agreed on Monday to deepen their defence cooperation."))
                .isEqualTo("military_cooperation");
        assertThat(subtypeOf("Poland and Sweden signed a defence industry agreement in Warsaw on Friday."))
                .isEqualTo("military_cooperation");
        assertThat(subtypeOf("The Philippines and Japan signed a mutual defense treaty in Manila on Tuesday."))
                .isEqualTo("defense_pact");
    }

    @Test
    void exercisesAndPatrolsAreMilitaryCooperation() {
        assertThat(subtypeOf("Indonesia and Malaysia agreed to resume joint maritime patrols in the Strait of Malacca."))
                .isEqualTo("military_cooperation");
        assertThat(subtypeOf("Egypt and Sudan agreed on Sunday to hold annual naval exercises in the Red Sea."))
                .isEqualTo("military_cooperation");
    }

    @Test
    void aNamedDocumentWithNothingMoreSpecificIsATreaty() {
        assertThat(subtypeOf("Uzbekistan and Kazakhstan signed a framework agreement in Tashkent on a new railway line."))
                .isEqualTo("treaty");
        assertThat(subtypeOf("Greece and Turkey signed a declaration on friendly relations in Athens on Thursday."))
                .isEqualTo("treaty");
    }

    @Test
    void anAgreementNamingNoDocumentHasNoSubtype() {
        assertThat(subtypeOf("Ghana and Togo agreed on Monday to share intelligence on militants in the north."))
                .isEqualTo("none");
    }
}
