package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.nlp.domain.PairKey;
import org.junit.jupiter.api.Test;

/** The extractor end to end with real CoreNLP models on the cases the product promises. */
class ArticleExtractorTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void turkeyAndQatarSignADefenseCooperationAgreement() {
        String text = "Turkey signed a defense cooperation agreement with Qatar on Tuesday, Ankara said.";
        Extraction extraction = extractor.extract(text);
        assertThat(extraction.nations()).extracting(NationMention::code).containsExactly("TUR", "QAT", "TUR");
        ExtractedEvent event = only(extraction.events());
        assertThat(event.type()).isEqualTo(PloverType.AGREE);
        assertThat(List.of(event.source(), event.target())).containsExactlyInAnyOrder("TUR", "QAT");
        // working together on defence, not a pledge to defend each other (AgreementSubtypesTest)
        assertThat(event.subtype()).isEqualTo("military_cooperation");
        assertThat(event.cameoCode()).isEqualTo("03");
        assertThat(event.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(event.sentence()).isEqualTo(text.substring(event.sentenceStart(), event.sentenceEnd())).isEqualTo(text);
    }

    @Test
    void saudiArabiaAndIranRestoreRelations() {
        ExtractedEvent event = only(
                extractor.extract("Saudi Arabia and Iran agreed to restore diplomatic relations.").events());
        assertThat(event.type()).isEqualTo(PloverType.AGREE);
        assertThat(event.subtype()).isEqualTo("normalization");
        assertThat(List.of(event.source(), event.target())).containsExactly("SAU", "IRN");
    }

    @Test
    void consultIsFound() {
        ExtractedEvent event = only(
                extractor.extract("Chinese President Xi Jinping met Brazil's president in Beijing.").events());
        assertThat(event.type()).isEqualTo(PloverType.CONSULT);
        assertThat(List.of(event.source(), event.target())).containsExactly("CHN", "BRA");
    }

    @Test
    void capitalsActAsMetonymsAndTheSpeakerIsNoParty() {
        ExtractedEvent event = only(
                extractor.extract("Riyadh said Washington and Beijing agreed to hold talks in Geneva.").events());
        assertThat(event.type()).isEqualTo(PloverType.AGREE);
        assertThat(List.of(event.source(), event.target())).containsExactly("USA", "CHN");
    }

    @Test
    void compoundActorsGiveEachPair() {
        List<ExtractedEvent> events = extractor.extract("Egypt and Jordan signed a gas deal with Israel.").events();
        assertThat(events).extracting(e -> e.source() + ">" + e.target()).containsExactlyInAnyOrder("EGY>ISR", "JOR>ISR");
    }

    @Test
    void passiveVoiceFindsTheAgent() {
        ExtractedEvent event = only(extractor.extract("New sanctions were imposed on Iran by Washington.").events());
        assertThat(event.type()).isEqualTo(PloverType.SANCTION);
        assertThat(event.source()).isEqualTo("USA");
        assertThat(event.target()).isEqualTo("IRN");
    }

    @Test
    void modalityIsIntentOrNegated() {
        assertThat(only(extractor.extract("Japan and India plan to sign a security pact next month.").events()).modality())
                .isEqualTo(Modality.INTENT);
        assertThat(only(extractor.extract("Brazil declined to sign the accord with Argentina.").events()).modality())
                .isEqualTo(Modality.NEGATED);
        // the coding guide's example of a negated event: the agreement the talks did not reach
        assertThat(extractor.extract("Talks between Serbia and Kosovo collapsed without a deal.").events())
                .filteredOn(e -> e.type() == PloverType.AGREE).extracting(ExtractedEvent::modality)
                .containsExactly(Modality.NEGATED);
    }

    @Test
    void aVenueIsNotAnActorAndOrganizationsAreNotNations() {
        Extraction extraction = extractor
                .extract("The EU and NATO held talks in Geneva with officials from the African Union.");
        assertThat(extraction.events()).isEmpty();
        assertThat(extraction.nations()).isEmpty();
        assertThat(extraction.organizations()).extracting(OrganizationMention::code).containsExactly("EU", "NATO", "AU");
    }

    @Test
    void offsetsPointIntoTheArticle() {
        String text = "Markets were calm. Russia withdrew its troops from Syria, Moscow said.";
        Extraction extraction = extractor.extract(text);
        assertThat(extraction.sentenceCount()).isEqualTo(2);
        for (NationMention nation : extraction.nations()) {
            assertThat(text.substring(nation.begin(), nation.end())).isEqualTo(nation.text());
        }
        ExtractedEvent event = only(extraction.events());
        assertThat(event.sentenceIndex()).isEqualTo(1);
        assertThat(text.substring(event.sentenceStart(), event.sentenceEnd())).isEqualTo(event.sentence());
    }

    @Test
    void emptyTextGivesNothing() {
        assertThat(extractor.extract("  ").events()).isEmpty();
    }

    @Test
    void aGrantOfPatrolBoatsIsAid() {
        ExtractedEvent event = only(extractor.extract(
                "Japan handed over two coast guard patrol boats to Vietnam as a grant on Monday.").events());
        assertThat(event.type()).isEqualTo(PloverType.AID);
        assertThat(event.source()).isEqualTo("JPN");
        assertThat(event.target()).isEqualTo("VNM");
    }

    @Test
    void everyEventOfASentenceIsFoundAndTheTwoGovernmentsAreItsPair() {
        List<ExtractedEvent> events = extractor.extract(
                "Kenya's president visited Dodoma, and the two governments signed agreements on trade and energy.").events();
        assertThat(events).extracting(ExtractedEvent::type).containsExactlyInAnyOrder(PloverType.CONSULT, PloverType.AGREE);
        assertThat(events).allSatisfy(e -> assertThat(List.of(e.source(), e.target())).containsExactlyInAnyOrder("KEN", "TZA"));
    }

    @Test
    void conjoinedVerbsShareTheirSubjectAndTheOtherParty() {
        assertThat(typedPairs("Pakistan held talks with Afghanistan and agreed to reopen the border."))
                .containsExactlyInAnyOrder("CONSULT AFG-PAK", "AGREE AFG-PAK");
        assertThat(typedPairs("France condemned the missile test and expelled two North Korean diplomats."))
                .containsExactlyInAnyOrder("DISAPPROVE FRA-PRK", "SANCTION FRA-PRK");
    }

    @Test
    void hostsAndBrokersTakePartWithEachPartyAndThePartiesWithEachOther() {
        assertThat(typedPairs("Turkey hosted talks between Russia and Ukraine."))
                .containsExactlyInAnyOrder("CONSULT RUS-TUR", "CONSULT TUR-UKR", "CONSULT RUS-UKR");
        // the broker mediates (CAMEO 045, PLOVER CONSULT) with each party; only the parties agree
        assertThat(typedPairs("Israel and Egypt signed a deal brokered by the United States."))
                .containsExactlyInAnyOrder("AGREE EGY-ISR", "CONSULT ISR-USA", "CONSULT EGY-USA");
        assertThat(typedPairs("A summit of Egypt, Jordan and Iraq opened in Baghdad on Sunday."))
                .containsExactlyInAnyOrder("CONSULT EGY-JOR", "CONSULT EGY-IRQ", "CONSULT IRQ-JOR");
    }

    @Test
    void reciprocalPhrasesBindThePairOfTheSentence() {
        assertThat(typedPairs("India and Brazil backed each other's bids for permanent seats."))
                .containsExactly("SUPPORT BRA-IND");
        assertThat(typedPairs("The two countries held joint naval drills, Kenya and Tanzania said."))
                .containsExactly("COOPERATE KEN-TZA");
    }

    @Test
    void theReceiverOfAidIsTheTarget() {
        ExtractedEvent event = only(extractor.extract("Nepal received aid from India.").events());
        assertThat(event.type()).isEqualTo(PloverType.AID);
        assertThat(event.source()).isEqualTo("IND");
        assertThat(event.target()).isEqualTo("NPL");
    }

    @Test
    void anAgentlessPassiveTakesItsActorFromTheSubjectsNationality() {
        ExtractedEvent deployed = only(extractor.extract("Canadian troops were deployed to Latvia.").events());
        assertThat(deployed.source() + ">" + deployed.target()).isEqualTo("CAN>LVA");
        ExtractedEvent expelled = only(extractor.extract("Russian diplomats were expelled from Britain.").events());
        assertThat(expelled.type()).isEqualTo(PloverType.SANCTION);
        assertThat(expelled.source() + ">" + expelled.target()).isEqualTo("GBR>RUS");
    }

    @Test
    void nominalEventsTakeTheirActorsFromOfPhrases() {
        ExtractedEvent request = extractor.extract("Poland sent troops at the request of Ukraine.").events().stream()
                .filter(e -> e.type() == PloverType.REQUEST).findFirst().orElseThrow();
        assertThat(request.source() + ">" + request.target()).isEqualTo("UKR>POL");
        ExtractedEvent expulsion = only(extractor.extract("Russia announced the expulsion of the Dutch ambassador.").events());
        assertThat(expulsion.type()).isEqualTo(PloverType.SANCTION);
        assertThat(expulsion.source() + ">" + expulsion.target()).isEqualTo("RUS>NLD");
    }

    @Test
    void aNominalEventBesideTheClauseIsAnEventOfItsOwn() {
        assertThat(typedPairs(
                "Kyrgyzstan and Tajikistan signed a border treaty on Thursday during a state visit by Tajikistan's president."))
                .containsExactlyInAnyOrder("AGREE KGZ-TJK", "CONSULT KGZ-TJK");
        assertThat(typedPairs("Turkey hosted the Ethiopian prime minister and the Somali president in Ankara."))
                .containsExactlyInAnyOrder("CONSULT ETH-TUR", "CONSULT SOM-TUR", "CONSULT ETH-SOM");
    }

    @Test
    void aParticipleDescribingAPlaceIsNoEvent() {
        assertThat(extractor.extract("Israeli troops patrolled the occupied West Bank on Monday.").events())
                .noneMatch(e -> e.type() == PloverType.COERCE);
    }

    @Test
    void eachConjunctKeepsItsOwnNations() {
        // a nation named outright in one conjunct does not hide the demonym of the other
        assertThat(typedPairs("France hosted Germany and the Italian prime minister in Paris on Monday."))
                .contains("CONSULT DEU-FRA", "CONSULT FRA-ITA");
    }

    @Test
    void theDrafterOfAVetoedResolutionIsItsTarget() {
        assertThat(typedPairs("Russia vetoed a resolution drafted by Japan and Ecuador."))
                .contains("REJECT JPN-RUS", "REJECT ECU-RUS");
        assertThat(typedPairs("China vetoed a U.S.-drafted resolution on Wednesday.")).contains("REJECT CHN-USA");
    }

    @Test
    void officialsOfTheTwentyTwentiesActForTheirStates() {
        // leaders-supplement.tsv: heads of state and ministers after the 2014 dictionary, named without their country
        assertThat(extractor.extract("Abdelmadjid Tebboune met Nasser Bourita on Monday.", java.time.LocalDate.of(2023, 5, 8))
                .events()).anyMatch(e -> PairKey.of(e.source(), e.target()).equals(PairKey.of("DZA", "MAR")));
        assertThat(extractor.extract("Maia Sandu met Nikol Pashinyan on Thursday.", java.time.LocalDate.of(2024, 6, 6))
                .events()).anyMatch(e -> PairKey.of(e.source(), e.target()).equals(PairKey.of("ARM", "MDA")));
    }

    @Test
    void aSubjectOwnedByAPronounActsForTheSpeaker() {
        // "its navy" in what Estonia said is Estonia's navy
        assertThat(extractor.extract("Estonia said its navy had seized a Russian tanker in the Gulf of Finland.").events())
                .anyMatch(e -> e.source().equals("EST") && e.target().equals("RUS"));
    }

    @Test
    void aStateDescribedByItsKindStandsForTheNationNamedBefore() {
        // "the kingdom" is Jordan; "the Azerbaijani republic of Nakhichevan" names its own state
        assertThat(typedPairs("Jordan opened its border on Monday, and the kingdom's foreign minister held talks with Syria."))
                .contains("CONSULT JOR-SYR");
        assertThat(typedPairs("Iran threatened to cut off electricity to the Azerbaijani republic of Nakhichevan."))
                .contains("THREATEN AZE-IRN");
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }

    private static ExtractedEvent only(List<ExtractedEvent> events) {
        return TypedPairs.only(events);
    }
}
