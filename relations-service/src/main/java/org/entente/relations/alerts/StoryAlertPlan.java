package org.entente.relations.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What one rule's alert of a story looks like once a report of the story is applied, as a function of
 * the story alone, never of the order Kafka delivered its reports in (a clean run and a run with
 * redeliveries must leave the same alerts):
 * <ul>
 * <li>a story has at most one alert per rule; when a bridging report merges stories that each had one,
 * the alert whose earliest evidence event id is smallest keeps its id and absorbs the others;</li>
 * <li>the alert's evidence is every report of the story;</li>
 * <li>an event alert describes the story's report with the smallest event id that matches the rule (the
 * reports of one story may differ in subtype and, for symmetric types, in direction).</li>
 * </ul>
 * Plain Java: the caller reads the story's alerts and reports and applies the plan.
 */
public final class StoryAlertPlan {

    /** One report of the story: its event id and the message the rule gives it (null: it does not match). */
    public record Report(String eventId, String message) {
    }

    /**
     * @param keep the alert that stays (null: raise a new one)
     * @param absorbed the story's other alerts of this rule, merged into {@code keep} and removed
     * @param message the message the alert carries; null when the rule's message is not a function of
     *        the story (threshold, change and first-contact messages keep what they were raised with)
     */
    public record Plan(UUID keep, List<UUID> absorbed, String message) {
    }

    private StoryAlertPlan() {
    }

    /**
     * @param earliestEvidence each alert of this rule with evidence in the story, by the smallest event id
     *        among its evidence
     * @param reports the story's reports (any order)
     * @param describesStory true for rules whose message describes one report (event rules)
     * @param matches true when the rule fires on the report being applied
     * @return the plan, or empty when the story has no alert of this rule and the report does not fire it
     *         (a report of the story that does fire it raises the alert when it is applied, with every report)
     */
    public static Optional<Plan> plan(Map<UUID, String> earliestEvidence, List<Report> reports, boolean describesStory,
            boolean matches) {
        String message = describesStory ? leadMessage(reports) : null;
        if (earliestEvidence.isEmpty()) {
            return matches ? Optional.of(new Plan(null, List.of(), message)) : Optional.empty();
        }
        UUID keep = earliestEvidence.entrySet().stream()
                .min(Map.Entry.<UUID, String> comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        List<UUID> absorbed = new ArrayList<>(earliestEvidence.keySet());
        absorbed.remove(keep);
        absorbed.sort(Comparator.naturalOrder());
        return Optional.of(new Plan(keep, List.copyOf(absorbed), message));
    }

    /** The message of the matching report with the smallest event id, or null when none matches. */
    static String leadMessage(List<Report> reports) {
        return reports.stream().filter(r -> r.message() != null).min(Comparator.comparing(Report::eventId))
                .map(Report::message).orElse(null);
    }
}
