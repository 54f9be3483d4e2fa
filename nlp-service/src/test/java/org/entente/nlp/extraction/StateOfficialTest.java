package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which state an official acts for, by the article's date; and the lookup by word n-grams. No CoreNLP. */
class StateOfficialTest {

    private static final StateOfficial BAN = new StateOfficial("Ban Ki-moon", List.of(
            new StateOfficial.Office("KOR", LocalDate.parse("2004-01-16"), LocalDate.parse("2006-11-30")),
            new StateOfficial.Office("IGO", LocalDate.parse("2007-01-01"), LocalDate.parse("2016-12-31"))));
    private static final StateOfficial REAGAN = new StateOfficial("Ronald Reagan", List.of(
            new StateOfficial.Office("USA", LocalDate.parse("1981-01-20"), LocalDate.parse("1989-01-20"))));

    @Test
    void theOfficeHeldOnTheArticlesDateDecides() {
        assertThat(BAN.stateOn(LocalDate.parse("2005-06-01"))).contains("KOR");
        assertThat(BAN.stateOn(LocalDate.parse("2010-06-01"))).contains("IGO");
        assertThat(REAGAN.stateOn(LocalDate.parse("1985-03-01"))).contains("USA");
        assertThat(REAGAN.stateOn(LocalDate.parse("2001-03-01"))).as("a former official acts for no state").isEmpty();
    }

    @Test
    void withoutADateAnOpenOfficeOrTheOnlyStateDecides() {
        assertThat(REAGAN.stateOn(null)).contains("USA");
        assertThat(BAN.stateOn(null)).as("two bodies, none open: unsettled").isEmpty();
        StateOfficial tusk = new StateOfficial("Donald Tusk", List.of(
                new StateOfficial.Office("POL", LocalDate.parse("2007-11-16"), LocalDate.parse("2014-09-22")),
                new StateOfficial.Office("IGO", LocalDate.parse("2014-12-01"), LocalDate.parse("2019-11-30")),
                new StateOfficial.Office("POL", LocalDate.parse("2023-12-13"), null)));
        assertThat(tusk.stateOn(null)).contains("POL");
    }

    @Test
    void namesAreFoundByTheirNormalizedWords() {
        StateOfficials officials = StateOfficials.load();
        assertThat(officials.get(List.of("President", "Putin")).stateOn(null)).contains("RUS");
        assertThat(officials.get(List.of("the", "Bush", "administration")).stateOn(LocalDate.parse("2003-05-01")))
                .contains("USA");
        assertThat(officials.get(List.of("Zelensky")).stateOn(LocalDate.parse("2024-01-01"))).contains("UKR");
        assertThat(officials.longestNameFrom("President")).isGreaterThan(1);
        assertThat(officials.get(List.of("President"))).as("a title alone names no one").isNull();
        assertThat(officials.get(List.of("Russia"))).as("nations stay in the gazetteer").isNull();
    }

    @Test
    void aSupplementOfficialsSurnameAloneNamesHimWhenNoOtherNameEndsInIt() {
        StateOfficials officials = StateOfficials.load();
        // "Scholz hosted Macron and Tusk in Berlin": the supplement lists "Donald Tusk", wire copy writes "Tusk"
        assertThat(officials.get(List.of("Tusk")).stateOn(LocalDate.parse("2024-06-10"))).contains("POL");
        assertThat(officials.get(List.of("Meloni")).stateOn(LocalDate.parse("2024-06-10"))).contains("ITA");
        assertThat(officials.get(List.of("Silva"))).as("many names end in Silva: it names no one").isNull();
    }

    @Test
    void aSupplementFullNameOfCommonWordsStillNamesItsPerson() {
        StateOfficials officials = StateOfficials.load();
        // every word of these is common in many states' names ("Anwar", "Ibrahim", "Kim", "Jong") or a gazetteer key
        // ("UN"); the supplement's full name still names one person
        assertThat(officials.get(List.of("Anwar", "Ibrahim")).stateOn(LocalDate.parse("2024-06-10"))).contains("MYS");
        assertThat(officials.get(List.of("Kim", "Jong", "Un")).stateOn(LocalDate.parse("2024-06-10"))).contains("PRK");
        assertThat(officials.get(List.of("Mohammed", "bin", "Salman")).stateOn(LocalDate.parse("2024-06-10")))
                .contains("SAU");
        assertThat(officials.get(List.of("Anwar"))).as("a common given name alone names no one").isNull();
    }

    @Test
    void aOneWordNameWrittenInTheSupplementNamesItsPersonEvenWhenShortOrCommon() {
        StateOfficials officials = StateOfficials.load();
        LocalDate day = LocalDate.parse("2025-10-30");
        // "Xi held his first talks with Lee in Gyeongju": two letters, under the dictionary fragments' length filter
        assertThat(officials.get(List.of("Xi")).stateOn(day)).contains("CHN");
        // "Biden hosted Marcos and Kishida": "Marcos" is a word of names in many states, so generic for the dictionary
        assertThat(officials.get(List.of("Marcos")).stateOn(day)).contains("PHL");
        assertThat(officials.get(List.of("Aliyev")).stateOn(day)).contains("AZE");
        assertThat(officials.get(List.of("Kagame")).stateOn(day)).contains("RWA");
    }

    @Test
    void otherOutletsSpellingsAndMinistersBeyondTheHeadsAreOfficials() {
        StateOfficials officials = StateOfficials.load();
        LocalDate day = LocalDate.parse("2024-06-10");
        assertThat(officials.get(List.of("Zelenskiy")).stateOn(day)).as("Reuters' spelling").contains("UKR");
        assertThat(officials.get(List.of("Dmitry", "Medvedev")).stateOn(day)).contains("RUS");
        assertThat(officials.get(List.of("Boris", "Pistorius")).stateOn(day)).contains("DEU");
        assertThat(officials.get(List.of("Khawaja", "Asif")).stateOn(day)).contains("PAK");
        assertThat(officials.get(List.of("Hirokazu", "Matsuno")).stateOn(day)).as("left office in 2023").isEmpty();
    }
}
