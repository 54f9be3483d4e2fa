package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextPreparerTest {

    private static final String ENGLISH = "Turkey signed a defense cooperation agreement with Qatar on Tuesday, "
            + "Ankara said, and the two governments will hold a first joint exercise in the spring. ";

    private final TextPreparer preparer = new TextPreparer(new TextCap(1000), new EnglishDetector(0.15, 20));

    @Test
    void rejectsEmptyAndBlankText() {
        for (String empty : new String[] { null, "", "  \n\t " }) {
            assertThatThrownBy(() -> preparer.prepare(empty))
                    .isInstanceOf(RejectedTextException.class)
                    .extracting(e -> ((RejectedTextException) e).reason()).isEqualTo(SkipReason.EMPTY_TEXT);
        }
    }

    @Test
    void rejectsTextThatIsOnlyMarkup() {
        assertThatThrownBy(() -> preparer.prepare("<div><br/></div>\u0000"))
                .isInstanceOf(RejectedTextException.class).hasMessageContaining("markup");
    }

    @Test
    void capsHugeTextAndSaysSo() {
        String huge = ENGLISH.repeat(100);
        PreparedText prepared = preparer.prepare(huge);
        assertThat(prepared.truncated()).isTrue();
        assertThat(prepared.originalLength()).isEqualTo(huge.length());
        assertThat(prepared.text().length()).isLessThanOrEqualTo(1000);
        assertThat(huge).startsWith(prepared.text());
    }

    @Test
    void rejectsNonEnglishWithTheNumbers() {
        String french = "La Turquie a signé mardi un accord de coopération en matière de défense avec le Qatar, "
                + "a annoncé Ankara, et les deux gouvernements organiseront un premier exercice commun au printemps.";
        assertThatThrownBy(() -> preparer.prepare(french))
                .isInstanceOf(RejectedTextException.class)
                .hasMessageContaining("does not look like English")
                .extracting(e -> ((RejectedTextException) e).reason()).isEqualTo(SkipReason.NOT_ENGLISH);
    }

    @Test
    void cleansMarkupAndControlCharacters() {
        PreparedText prepared = preparer.prepare("<p>" + ENGLISH + "</p>\u0000");
        assertThat(prepared.truncated()).isFalse();
        assertThat(prepared.blanked()).isEqualTo(8);
        assertThat(prepared.text()).doesNotContain("<p>").contains("Qatar");
    }

    @Test
    void aHeadlineIsCleanedAtItsOwnOffsetsAndNeverRejected() {
        assertThat(preparer.prepareHeadline(null)).isNull();
        assertThat(preparer.prepareHeadline(" <br/> ")).isNull();
        PreparedText headline = preparer.prepareHeadline("<b>Turkey</b> signs defense pact with Qatar");
        assertThat(headline.text()).isEqualTo("   Turkey     signs defense pact with Qatar");
        // a few words say little about a language: the article's text decides it, the headline is read as it is
        String russian = "Турция и Катар подписали оборонный пакт";
        assertThatThrownBy(() -> preparer.prepare(russian)).isInstanceOf(RejectedTextException.class);
        assertThat(preparer.prepareHeadline(russian).text()).isEqualTo(russian);
    }

    @Test
    void skipsLanguageCheckWhenDisabled() {
        var lenient = new TextPreparer(new TextCap(1000), null);
        assertThat(lenient.prepare("Der Iran und Saudi-Arabien haben sich geeinigt, die Beziehungen wieder "
                + "herzustellen, sagte ein Sprecher am Freitag in Peking vor der Presse.").truncated()).isFalse();
    }
}
