package org.entente.relations.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.AlertRuleSpec.Direction;
import org.entente.relations.domain.AlertRuleSpec.Scope;
import org.entente.relations.domain.AlertRuleSpec.Severity;
import org.entente.relations.domain.AlertRuleSpec.Trigger;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.RuleSnapshot;
import org.entente.relations.ties.AppliedEvent;
import org.junit.jupiter.api.Test;

/** Rules fire, and stay quiet, on crafted event streams. */
class AlertEvaluatorTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private final AlertEvaluator evaluator = new AlertEvaluator();

    @Test
    void aDefensePactInvolvingSaudiArabiaFiresAndOtherEventsStayQuiet() {
        RuleSnapshot rule = rule(Scope.NATION, "SAU", null, Trigger.EVENT, Set.of("AGREE"), Set.of("defense_pact"),
                null, null, null, null);
        List<AppliedEvent> stream = List.of(
                event("SAU", "PAK", EventType.AGREE, "defense_pact", Modality.ASSERTED, 10, 15, false),
                event("SAU", "PAK", EventType.AGREE, "trade_deal", Modality.ASSERTED, 15, 18, false),
                event("IRN", "PAK", EventType.AGREE, "defense_pact", Modality.ASSERTED, 0, 5, false),
                event("SAU", "IRN", EventType.CONSULT, null, Modality.ASSERTED, 0, 2, false),
                event("EGY", "SAU", EventType.AGREE, "defense_pact", Modality.INTENT, 3, 6, false));
        List<String> fired = fire(stream, rule);
        assertThat(fired).containsExactly("AGREE (defense_pact) SAU -> PAK", "AGREE (defense_pact) EGY -> SAU, intent");
    }

    @Test
    void modalityFilterKeepsAnnouncementsOut() {
        RuleSnapshot rule = rule(Scope.ALL, null, null, Trigger.EVENT, Set.of("FIGHT"), Set.of(), null, null,
                null, null, Set.of("asserted"));
        assertThat(fire(List.of(event("RUS", "UKR", EventType.FIGHT, null, Modality.NEGATED, -50, -50, false),
                event("RUS", "UKR", EventType.FIGHT, null, Modality.INTENT, -50, -52, false)), rule)).isEmpty();
        assertThat(fire(List.of(event("RUS", "UKR", EventType.FIGHT, null, Modality.ASSERTED, -50, -60, false)),
                rule)).hasSize(1);
    }

    @Test
    void aPairRuleWatchesOnlyThatPairInEitherDirection() {
        RuleSnapshot rule = rule(Scope.PAIR, null, "IRN|SAU", Trigger.EVENT, Set.of(), Set.of(), null, null, null, null);
        assertThat(fire(List.of(event("SAU", "IRN", EventType.CONSULT, null, Modality.ASSERTED, 0, 1, false),
                event("IRN", "SAU", EventType.ACCUSE, null, Modality.ASSERTED, 1, 0, false),
                event("IRN", "IRQ", EventType.CONSULT, null, Modality.ASSERTED, 0, 1, false)), rule)).hasSize(2);
    }

    @Test
    void aThresholdFiresOnlyWhenTheScoreCrossesItInTheChosenDirection() {
        RuleSnapshot up = rule(Scope.ALL, null, null, Trigger.THRESHOLD, null, null, 20.0, null, null, Direction.UP);
        List<AppliedEvent> rising = List.of(
                event("SAU", "IRN", EventType.AGREE, null, Modality.ASSERTED, 10, 18, false),
                event("SAU", "IRN", EventType.AGREE, null, Modality.ASSERTED, 18, 24, false),
                event("SAU", "IRN", EventType.AGREE, null, Modality.ASSERTED, 24, 30, false),
                event("SAU", "IRN", EventType.ACCUSE, null, Modality.ASSERTED, 30, 15, false));
        assertThat(fire(rising, up)).containsExactly(
                "tie IRN|SAU crossed 20.0 upward: 18.0 -> 24.0 after AGREE SAU -> IRN");
        RuleSnapshot down = rule(Scope.ALL, null, null, Trigger.THRESHOLD, null, null, 20.0, null, null, Direction.DOWN);
        assertThat(fire(rising, down)).containsExactly(
                "tie IRN|SAU crossed 20.0 downward: 30.0 -> 15.0 after ACCUSE SAU -> IRN");
        RuleSnapshot either = rule(Scope.ALL, null, null, Trigger.THRESHOLD, null, null, 20.0, null, null,
                Direction.EITHER);
        assertThat(fire(rising, either)).hasSize(2);
    }

    @Test
    void suddenCoolingWithinTheWindowFiresAndSlowDriftStaysQuiet() {
        RuleSnapshot cooling = rule(Scope.ALL, null, null, Trigger.CHANGE, null, null, null, 15.0,
                Duration.ofDays(7), Direction.DOWN);
        AppliedEvent sharpDrop = event("SAU", "IRN", EventType.SANCTION, null, Modality.ASSERTED, 25, 8, false);
        // Earlier in the window the pair stood at 30: a fall of 22 >= 15.
        assertThat(evaluator.evaluate(sharpDrop, List.of(cooling), w -> new AlertEvaluator.ScoreRange(20, 30)))
                .extracting(AlertMatch::message)
                .containsExactly("tie IRN|SAU cooled by 22.0 within 7d (now 8.0) after SANCTION SAU -> IRN");
        AppliedEvent smallStep = event("SAU", "IRN", EventType.ACCUSE, null, Modality.ASSERTED, 25, 20, false);
        assertThat(evaluator.evaluate(smallStep, List.of(cooling), w -> new AlertEvaluator.ScoreRange(22, 28)))
                .isEmpty();
        RuleSnapshot warming = rule(Scope.ALL, null, null, Trigger.CHANGE, null, null, null, 15.0,
                Duration.ofDays(7), Direction.UP);
        assertThat(evaluator.evaluate(sharpDrop, List.of(warming), w -> new AlertEvaluator.ScoreRange(20, 30)))
                .isEmpty();
    }

    @Test
    void theChangeWindowAsksForTheRuleWindowAndWorksWithoutHistory() {
        RuleSnapshot warming = rule(Scope.ALL, null, null, Trigger.CHANGE, null, null, null, 10.0,
                Duration.ofHours(24), Direction.UP);
        List<Duration> asked = new ArrayList<>();
        AppliedEvent jump = event("IND", "PAK", EventType.AGREE, "ceasefire", Modality.ASSERTED, -30, -18, false);
        assertThat(evaluator.evaluate(jump, List.of(warming), w -> {
            asked.add(w);
            return null;
        })).extracting(AlertMatch::message).containsExactly(
                "tie IND|PAK warmed by 12.0 within 24h (now -18.0) after AGREE (ceasefire) IND -> PAK");
        assertThat(asked).containsExactly(Duration.ofHours(24));
    }

    @Test
    void firstContactFiresOnceForTheFirstEventOfAPair() {
        RuleSnapshot rule = rule(Scope.ALL, null, null, Trigger.FIRST_CONTACT, null, null, null, null, null, null);
        assertThat(fire(List.of(event("TUV", "NRU", EventType.CONSULT, null, Modality.ASSERTED, 0, 2, true),
                event("TUV", "NRU", EventType.AGREE, null, Modality.ASSERTED, 2, 4, false)), rule))
                .containsExactly("first recorded contact between TUV and NRU: CONSULT TUV -> NRU");
    }

    @Test
    void severalRulesFireIndependentlyAndKindNamesTheTrigger() {
        RuleSnapshot any = rule(Scope.ALL, null, null, Trigger.EVENT, null, null, null, null, null, null);
        RuleSnapshot first = rule(Scope.ALL, null, null, Trigger.FIRST_CONTACT, null, null, null, null, null, null);
        RuleSnapshot elsewhere = rule(Scope.NATION, "BRA", null, Trigger.EVENT, null, null, null, null, null, null);
        List<AlertMatch> matches = evaluator.evaluate(
                event("TUV", "NRU", EventType.CONSULT, null, Modality.ASSERTED, 0, 2, true),
                List.of(any, first, elsewhere), w -> null);
        assertThat(matches).extracting(AlertMatch::kind).containsExactly("event", "first_contact");
    }

    private List<String> fire(List<AppliedEvent> stream, RuleSnapshot rule) {
        List<String> messages = new ArrayList<>();
        for (AppliedEvent event : stream) {
            evaluator.evaluate(event, List.of(rule), w -> null).forEach(m -> messages.add(m.message()));
        }
        return messages;
    }

    private static RuleSnapshot rule(Scope scope, String nation, String pair, Trigger trigger, Set<String> types,
            Set<String> subtypes, Double threshold, Double change, Duration window, Direction direction) {
        return rule(scope, nation, pair, trigger, types, subtypes, threshold, change, window, direction, null);
    }

    private static RuleSnapshot rule(Scope scope, String nation, String pair, Trigger trigger, Set<String> types,
            Set<String> subtypes, Double threshold, Double change, Duration window, Direction direction,
            Set<String> modalities) {
        AlertRuleSpec spec = new AlertRuleSpec(Severity.HIGH, scope, nation, pair, trigger, types, subtypes,
                modalities, threshold, change, window == null ? null : window.toSeconds(), direction, 1800, null);
        return new RuleSnapshot(UUID.randomUUID(), "test rule", spec);
    }

    static AppliedEvent event(String source, String target, EventType type, String subtype, Modality modality,
            double before, double after, boolean firstContact) {
        return new AppliedEvent(UUID.randomUUID().toString(), NationPair.of(source, target), source, target, type,
                subtype, modality, T0, after - before, before, after, firstContact,
                source + " and " + target + " did something.", "https://news.example.org/" + UUID.randomUUID(),
                "A headline", "s1", 1, false, List.of("s1"));
    }
}
