package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learned pass with the committed model, and with models made by hand, against the rules alone. */
class LearnedPairsTest {

    private static final String GIFT = "Egypt sent food and medicine to Sudan on Monday.";
    private static final String PACT = "Prime Minister Modi signed a defense pact with Japan.";
    /**
     * The children "taken from" occupied areas scored under the calibrated RETREAT threshold (0.61, was 0.5) of session
     * 26; "deported from" them the model reads as the return it is.
     */
    private static final String RETURN = "Moscow handed back 22 Ukrainian children deported from occupied areas, Ukraine said on Tuesday.";

    private static ArticleExtractor withPass;
    private static ArticleExtractor rulesAlone;

    @BeforeAll
    static void load() {
        withPass = ArticleExtractor.create();
        rulesAlone = ArticleExtractor.create(LearnedPairs.none());
    }

    private static List<String> events(ArticleExtractor extractor, String text) {
        return extractor.extract(text).events().stream().map(e -> e.type() + " " + e.source() + ">" + e.target()).toList();
    }

    @Test
    void addsAnEventWhereTheRulesGiveNone() {
        // no rule reads "handed back" with children as a return; the model has seen such returns coded RETREAT
        assertThat(events(rulesAlone, RETURN)).isEmpty();
        assertThat(events(withPass, RETURN)).containsExactly("RETREAT RUS>UKR");
    }

    @Test
    void neverAddsAnAssaultBesideTheRulesFightOfThePair() {
        // the rules read the strike as FIGHT; an ASSAULT beside it would count the same strike twice
        String strike = "Israeli strikes on Thursday hit the airports of Damascus and Aleppo, Syria's defence ministry said.";
        assertThat(events(rulesAlone, strike)).contains("FIGHT ISR>SYR");
        assertThat(events(withPass, strike)).filteredOn(e -> e.startsWith("FIGHT") || e.startsWith("ASSAULT"))
                .hasSize(1);
    }

    @Test
    void anAddedEventWeighsLessThanARulesReading() {
        ExtractedEvent added = withPass.extract(RETURN).events().get(0);

        assertThat(added.confidence()).isLessThanOrEqualTo(0.75);
        assertThat(added.modality()).isEqualTo(Modality.ASSERTED);
    }

    /** A model that scores every pair of the type at the bias alone, with a floor of 0.5 for it. */
    private static ArticleExtractor flooring(PloverType type, double bias) {
        PairModel model = new PairModel(Map.of(type, Map.of("bias", bias)), Map.of(), Map.of(type, 0.5));
        return ArticleExtractor.create(LearnedPairs.of(model));
    }

    @Test
    void dropsARulesEventTheModelFindsUnlikelyWhereThePairKeepsAnother() {
        assertThat(events(rulesAlone, PACT)).containsExactlyInAnyOrder("AGREE IND>JPN", "CONSULT IND>JPN");
        assertThat(events(flooring(PloverType.CONSULT, -5), PACT)).containsExactly("AGREE IND>JPN");
    }

    @Test
    void neverTakesAwayAPairTheRulesFoundNorAnEventTheModelFindsLikely() {
        assertThat(events(flooring(PloverType.AID, -5), GIFT)).containsExactly("AID EGY>SDN");
        assertThat(events(flooring(PloverType.CONSULT, 5), PACT)).containsExactlyInAnyOrder("AGREE IND>JPN",
                "CONSULT IND>JPN");
    }

    @Test
    void keepsAJudgedOrAdmittedActAndItsJudgement() {
        // coding guide, "Acts told inside another event": the act with its own doer and the judgement are two events
        String judged = "Kyiv condemned Russia's invasion of Ukraine.";
        assertThat(events(rulesAlone, judged)).contains("FIGHT RUS>UKR", "DISAPPROVE UKR>RUS");
        assertThat(events(flooring(PloverType.FIGHT, -5), judged)).contains("FIGHT RUS>UKR", "DISAPPROVE UKR>RUS");
        String admitted = "Hanoi acknowledged that a Vietnamese coast guard ship had strayed into Cambodian waters.";
        assertThat(events(rulesAlone, admitted)).contains("CONCEDE VNM>KHM", "COERCE VNM>KHM");
        assertThat(events(flooring(PloverType.CONCEDE, -5), admitted)).contains("CONCEDE VNM>KHM");
    }

    /** A model that adds the type to every pair it may: the bias alone, far above its threshold. */
    private static ArticleExtractor adding(PloverType type) {
        PairModel model = new PairModel(Map.of(type, Map.of("bias", 5.0)), Map.of(type, 0.5));
        return ArticleExtractor.create(LearnedPairs.of(model));
    }

    @Test
    void neverAddsATypeAConventionTurnedIntoAnotherOnThePair() {
        // forces deployed into a state cooperate with it (TypeLinesTest): the rules read MOBILIZE and kept COOPERATE
        String stationed = "Germany deployed a brigade to Lithuania on Thursday, its first permanent foreign deployment.";
        assertThat(events(rulesAlone, stationed)).anyMatch(e -> e.startsWith("COOPERATE"));
        assertThat(events(adding(PloverType.MOBILIZE), stationed)).noneMatch(e -> e.startsWith("MOBILIZE"));
        // an apology under the other state's demand is giving in (YieldingUnderPressureTest), not support
        String apology = "Japan apologised to South Korea on Friday after Seoul demanded an apology for the remarks.";
        assertThat(events(rulesAlone, apology)).contains("CONCEDE JPN>KOR");
        assertThat(events(adding(PloverType.SUPPORT), apology)).noneMatch(e -> e.startsWith("SUPPORT"));
        // the same models add their type where no convention decided against it
        assertThat(events(adding(PloverType.MOBILIZE), PACT)).anyMatch(e -> e.startsWith("MOBILIZE"));
        assertThat(events(adding(PloverType.SUPPORT), PACT)).anyMatch(e -> e.startsWith("SUPPORT"));
    }
}
