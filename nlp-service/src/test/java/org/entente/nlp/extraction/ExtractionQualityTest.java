package org.entente.nlp.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the extractor on the PLOVER state-to-state gold records and on Entente's own sentences,
 * writes target/eval.md, and fails when a score drops below its floor. The floors sit just under
 * the scores measured when they were last raised, so quality can only move up.
 * Run: {@code ./mvnw -o -pl nlp-service test -Dtest=ExtractionQualityTest}.
 */
class ExtractionQualityTest {

    static final double GOLD_TYPED_PAIR_F1_FLOOR = 0.82;
    static final double GOLD_UNTYPED_PAIR_F1_FLOOR = 0.90;
    // Issue 3's count of the gold set (138 records, military and police actors included): targets 0.75 / 0.85
    // are not reached, mostly because 38 of its 142 expected pairs have an IGO, NGO or IMG actor that a
    // nation-pair extractor never reports; these floors only keep the scores from falling.
    static final double ISSUE_GOLD_TYPED_PAIR_F1_FLOOR = 0.69;
    static final double ISSUE_GOLD_UNTYPED_PAIR_F1_FLOOR = 0.74;
    // The same records scored on their state-to-state pairs only.
    static final double ISSUE_GOLD_STATE_PAIRS_TYPED_F1_FLOOR = 0.82;
    static final double ISSUE_GOLD_STATE_PAIRS_UNTYPED_F1_FLOOR = 0.88;
    static final double OWN_NATION_F1_FLOOR = 0.99;
    static final double OWN_TYPED_PAIR_F1_FLOOR = 0.92;
    static final double OWN_UNTYPED_PAIR_F1_FLOOR = 0.93;
    // 0.91 until every trigger of a sentence spoke (issue 14): the own sentences were coded with one event per
    // pair (no dev sentence lists two types for one pair), docs/event-coding.md codes every event, and the
    // held-out half, never read, lost typed precision 0.972 -> 0.921 (4 more events found) while recall rose.
    static final double HELDOUT_TYPED_PAIR_F1_FLOOR = 0.89;

    @Test
    void scoresStayAboveTheirFloors() {
        ArticleExtractor extractor = ArticleExtractor.create();
        Set<String> states = Gazetteer.load().nationNames().keySet();
        List<LabeledSentence> gold = PloverGold.stateToState(states, true);
        List<LabeledSentence> goldAnySector = PloverGold.stateToState(states, false);
        List<LabeledSentence> goldAsIssueCounts = PloverGold.stateSectorsWithSourceAndTarget();
        List<LabeledSentence> goldIssueStatePairs = PloverGold.statePairsOnly(goldAsIssueCounts, states);
        List<LabeledSentence> own = OwnTestSet.load();

        QualityScore goldScore = Evaluation.run("PLOVER gold, state actors", gold, extractor);
        QualityScore goldAnyScore = Evaluation.run("PLOVER gold, state codes (any sector)", goldAnySector, extractor);
        QualityScore goldIssueScore = Evaluation.run("PLOVER gold, state sectors with source and target (issue 3's count)",
                goldAsIssueCounts, extractor);
        QualityScore goldIssueStatePairScore = Evaluation.run(
                "PLOVER gold, issue 3's count, expected pairs between two states only", goldIssueStatePairs, extractor);
        QualityScore ownScore = Evaluation.run("own sentences, all", own, extractor);
        QualityScore devScore = Evaluation.run("own sentences, dev half",
                own.stream().filter(s -> s.split().equals("dev")).toList(), extractor);
        QualityScore heldoutScore = Evaluation.run("own sentences, held-out half",
                own.stream().filter(s -> s.split().equals("heldout")).toList(), extractor);

        List<String> notes = new ArrayList<>();
        notes.add("PLOVER gold: " + gold.size() + " records whose actors are all states (non-state sectors excluded); "
                + goldAnySector.size() + " when any actor carrying a state's code counts; " + goldAsIssueCounts.size()
                + " with a source and a target whose actors all have a state sector or none (issue 3's count).");
        notes.add("Own sentences: " + own.size() + " (dev " + devScore.sentences + ", held-out " + heldoutScore.sentences
                + "); only the dev half and the PLOVER records were inspected while tuning; own-174 to own-199 (dev) were written"
                + " for the state-official, institution and Palestine-territory mechanisms after those were built.");
        notes.add("Floors: gold typed-pair F1 " + GOLD_TYPED_PAIR_F1_FLOOR + ", gold untyped-pair F1 " + GOLD_UNTYPED_PAIR_F1_FLOOR
                + ", gold (issue 3's count) typed/untyped " + ISSUE_GOLD_TYPED_PAIR_F1_FLOOR + "/" + ISSUE_GOLD_UNTYPED_PAIR_F1_FLOOR
                + ", same records on state pairs only " + ISSUE_GOLD_STATE_PAIRS_TYPED_F1_FLOOR + "/" + ISSUE_GOLD_STATE_PAIRS_UNTYPED_F1_FLOOR
                + ", own nation F1 " + OWN_NATION_F1_FLOOR + ", own typed-pair F1 " + OWN_TYPED_PAIR_F1_FLOOR
                + ", own untyped-pair F1 " + OWN_UNTYPED_PAIR_F1_FLOOR + ", held-out typed-pair F1 " + HELDOUT_TYPED_PAIR_F1_FLOOR + ".");
        String report = QualityReport.render(List.of(goldScore, goldIssueScore, goldIssueStatePairScore, goldAnyScore, ownScore, devScore, heldoutScore), notes)
                + QualityReport.renderMisses(goldScore) + QualityReport.renderMisses(goldIssueScore)
                + QualityReport.renderMisses(devScore);
        QualityReport.write(Path.of("target", "eval.md"), report);

        assertThat(goldScore.typedPair.f1()).as("PLOVER gold typed-pair F1").isGreaterThanOrEqualTo(GOLD_TYPED_PAIR_F1_FLOOR);
        assertThat(goldScore.untypedPair.f1()).as("PLOVER gold untyped-pair F1").isGreaterThanOrEqualTo(GOLD_UNTYPED_PAIR_F1_FLOOR);
        assertThat(goldIssueScore.typedPair.f1()).as("PLOVER gold (issue 3's count) typed-pair F1")
                .isGreaterThanOrEqualTo(ISSUE_GOLD_TYPED_PAIR_F1_FLOOR);
        assertThat(goldIssueScore.untypedPair.f1()).as("PLOVER gold (issue 3's count) untyped-pair F1")
                .isGreaterThanOrEqualTo(ISSUE_GOLD_UNTYPED_PAIR_F1_FLOOR);
        assertThat(goldIssueStatePairScore.typedPair.f1()).as("PLOVER gold (issue 3's count, state pairs) typed-pair F1")
                .isGreaterThanOrEqualTo(ISSUE_GOLD_STATE_PAIRS_TYPED_F1_FLOOR);
        assertThat(goldIssueStatePairScore.untypedPair.f1()).as("PLOVER gold (issue 3's count, state pairs) untyped-pair F1")
                .isGreaterThanOrEqualTo(ISSUE_GOLD_STATE_PAIRS_UNTYPED_F1_FLOOR);
        assertThat(ownScore.nations.f1()).as("own nation-mention F1").isGreaterThanOrEqualTo(OWN_NATION_F1_FLOOR);
        assertThat(ownScore.typedPair.f1()).as("own typed-pair F1").isGreaterThanOrEqualTo(OWN_TYPED_PAIR_F1_FLOOR);
        assertThat(ownScore.untypedPair.f1()).as("own untyped-pair F1").isGreaterThanOrEqualTo(OWN_UNTYPED_PAIR_F1_FLOOR);
        assertThat(heldoutScore.typedPair.f1()).as("held-out typed-pair F1").isGreaterThanOrEqualTo(HELDOUT_TYPED_PAIR_F1_FLOOR);
    }
}
