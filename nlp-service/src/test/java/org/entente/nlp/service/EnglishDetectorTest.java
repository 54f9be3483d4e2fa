package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishDetectorTest {

    private final EnglishDetector detector = new EnglishDetector(0.15, 20);

    @Test
    void acceptsEnglishNewsProse() {
        var verdict = detector.detect("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations "
                + "after years of hostility, in a deal brokered by China that was announced after four days "
                + "of talks in Beijing. The two countries said they would reopen their embassies within two months.");
        assertThat(verdict.english()).isTrue();
        assertThat(verdict.stopwordRatio()).isGreaterThan(0.25);
    }

    @Test
    void rejectsFrenchProse() {
        var verdict = detector.detect("L'Arabie saoudite et l'Iran ont convenu vendredi de rétablir leurs "
                + "relations diplomatiques après des années d'hostilité, dans le cadre d'un accord négocié par "
                + "la Chine et annoncé après quatre jours de pourparlers à Pékin. Les deux pays rouvriront leurs "
                + "ambassades dans un délai de deux mois.");
        assertThat(verdict.english()).isFalse();
    }

    @Test
    void rejectsGermanAndSpanishProse() {
        String german = "Saudi-Arabien und der Iran haben sich am Freitag darauf geeinigt, ihre diplomatischen "
                + "Beziehungen nach Jahren der Feindschaft wiederherzustellen. Die Vereinbarung wurde von China "
                + "vermittelt und nach vier Tagen Gesprächen in Peking verkündet.";
        String spanish = "Arabia Saudita e Irán acordaron el viernes restablecer sus relaciones diplomáticas "
                + "tras años de hostilidad, en un acuerdo mediado por China y anunciado después de cuatro días "
                + "de conversaciones en Pekín. Ambos países reabrirán sus embajadas en dos meses.";
        assertThat(detector.detect(german).english()).isFalse();
        assertThat(detector.detect(spanish).english()).isFalse();
    }

    @Test
    void rejectsNonLatinScripts() {
        var verdict = detector.detect("اتفقت المملكة العربية السعودية وإيران يوم الجمعة على استئناف العلاقات "
                + "الدبلوماسية بعد سنوات من القطيعة");
        assertThat(verdict.english()).isFalse();
        assertThat(verdict.latinShare()).isLessThan(0.5);
    }

    @Test
    void givesShortTextsTheBenefitOfTheDoubt() {
        assertThat(detector.detect("Qatar, Turkey: defense pact").english()).isTrue();
    }
}
