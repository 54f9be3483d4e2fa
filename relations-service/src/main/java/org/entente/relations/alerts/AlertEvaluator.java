package org.entente.relations.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.AlertRuleSpec.Direction;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.RuleSnapshot;
import org.entente.relations.ties.AppliedEvent;

/**
 * Decides which rules fire on one applied event. Plain Java: the caller supplies the rules and, for
 * change rules, the range of scores the pair had within a window.
 */
public final class AlertEvaluator {

    /** The lowest and highest score of a pair within a window before an event; null when none is known. */
    public record ScoreRange(double min, double max) {
    }

    /** Looks up the score range of the event's pair over the {@code window} that ends at the event. */
    @FunctionalInterface
    public interface ScoreHistory {
        ScoreRange within(Duration window);
    }

    public List<AlertMatch> evaluate(AppliedEvent event, List<RuleSnapshot> rules, ScoreHistory history) {
        List<AlertMatch> matches = new ArrayList<>();
        for (RuleSnapshot rule : rules) {
            AlertRuleSpec spec = rule.spec();
            if (!spec.watches(event.pair())) {
                continue;
            }
            String message = switch (spec.trigger()) {
                case EVENT -> onEvent(spec, event);
                case THRESHOLD -> onThreshold(spec, event);
                case CHANGE -> onChange(spec, event, history);
                case FIRST_CONTACT -> event.firstContact() ? "first recorded contact between " + event.source()
                        + " and " + event.target() + ": " + describe(event) : null;
            };
            if (message != null) {
                matches.add(new AlertMatch(rule, AlertRuleSpec.wire(spec.trigger()), message));
            }
        }
        return matches;
    }

    private static String onEvent(AlertRuleSpec spec, AppliedEvent event) {
        return onEvent(spec, event.type(), event.subtype(), event.modality(), event.source(), event.target());
    }

    /** An event rule's message for one report (of the rule's pair), or null when the report does not match it. */
    static String onEvent(AlertRuleSpec spec, EventType type, String subtype, Modality modality, String source,
            String target) {
        boolean typeOk = spec.types().isEmpty() || spec.types().contains(type.name());
        boolean subtypeOk = spec.subtypes().isEmpty() || subtype != null && spec.subtypes().contains(subtype);
        boolean modalityOk = spec.modalities().isEmpty() || spec.modalities().contains(modality.wireName());
        return typeOk && subtypeOk && modalityOk ? describe(type, subtype, modality, source, target) : null;
    }

    private static String onThreshold(AlertRuleSpec spec, AppliedEvent event) {
        double t = spec.threshold();
        boolean up = event.scoreBefore() < t && event.scoreAfter() >= t;
        boolean down = event.scoreBefore() > t && event.scoreAfter() <= t;
        if (!wanted(spec.direction(), up, down)) {
            return null;
        }
        return "tie %s crossed %s %s: %s -> %s after %s".formatted(event.pair().key(), number(t),
                up ? "upward" : "downward", number(event.scoreBefore()), number(event.scoreAfter()), describe(event));
    }

    private static String onChange(AlertRuleSpec spec, AppliedEvent event, ScoreHistory history) {
        Duration window = Duration.ofSeconds(spec.windowSeconds());
        ScoreRange earlier = history.within(window);
        double min = Math.min(event.scoreBefore(), earlier == null ? event.scoreBefore() : earlier.min());
        double max = Math.max(event.scoreBefore(), earlier == null ? event.scoreBefore() : earlier.max());
        double rise = event.scoreAfter() - min;
        double fall = max - event.scoreAfter();
        boolean up = rise >= spec.change();
        boolean down = fall >= spec.change();
        if (!wanted(spec.direction(), up, down)) {
            return null;
        }
        boolean warming = up && (spec.direction() != Direction.EITHER || !down || rise >= fall);
        return "tie %s %s by %s within %s (now %s) after %s".formatted(event.pair().key(),
                warming ? "warmed" : "cooled", number(warming ? rise : fall), human(window),
                number(event.scoreAfter()), describe(event));
    }

    private static boolean wanted(Direction direction, boolean up, boolean down) {
        return switch (direction) {
            case UP -> up;
            case DOWN -> down;
            case EITHER -> up || down;
        };
    }

    static String describe(AppliedEvent event) {
        return describe(event.type(), event.subtype(), event.modality(), event.source(), event.target());
    }

    private static String describe(EventType type, String subtype, Modality modality, String source, String target) {
        String subtypeText = subtype == null ? "" : " (" + subtype + ")";
        String modalityText = modality.wireName().equals("asserted") ? "" : ", " + modality.wireName();
        return type + subtypeText + " " + source + " -> " + target + modalityText;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String human(Duration window) {
        if (window.toDays() > 1 && window.equals(Duration.ofDays(window.toDays()))) {
            return window.toDays() + "d";
        }
        if (window.toHours() > 0 && window.equals(Duration.ofHours(window.toHours()))) {
            return window.toHours() + "h";
        }
        return window.toMinutes() + "min";
    }
}
