package org.entente.relations.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A story's alerts are a function of its reports, not of the order they arrived in: every order of the
 * same reports (a clean run, a run with redeliveries after a kill) leaves the same alerts.
 */
class StoryAlertPlanTest {

    /** Reports a-1 and a-3 are two stories until a-2, like both, bridges them; b-1 is a story of its own. */
    private static final Map<String, Set<String>> LINKS = Map.of(
            "a-1", Set.of("a-2"), "a-2", Set.of("a-1", "a-3"), "a-3", Set.of("a-2"), "b-1", Set.of());
    /** The symmetric type lets a story's reports name the two nations in either order. */
    private static final Map<String, String> MESSAGES = Map.of("a-1", "CONSULT SAU -> IRN", "a-2",
            "CONSULT IRN -> SAU", "a-3", "CONSULT IRN -> SAU", "b-1", "CONSULT SAU -> IRN");

    @Test
    void everyArrivalOrderLeavesTheSameAlerts() {
        Set<String> expected = alerts(List.of("a-1", "a-2", "a-3", "b-1"));
        assertThat(expected).containsExactlyInAnyOrder("[a-1, a-2, a-3] CONSULT SAU -> IRN", "[b-1] CONSULT SAU -> IRN");
        for (List<String> order : orders(List.of("a-1", "a-2", "a-3", "b-1"))) {
            assertThat(alerts(order)).as("arrival order %s", order).isEqualTo(expected);
        }
    }

    @Test
    void aBridgeKeepsTheAlertOfTheSmallestEventAndAbsorbsTheOther() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        StoryAlertPlan.Plan plan = StoryAlertPlan.plan(Map.of(second, "a-3", first, "a-1"),
                List.of(new StoryAlertPlan.Report("a-2", "m2"), new StoryAlertPlan.Report("a-1", "m1"),
                        new StoryAlertPlan.Report("a-3", "m3")),
                true, true).orElseThrow();
        assertThat(plan.keep()).isEqualTo(first);
        assertThat(plan.absorbed()).containsExactly(second);
        assertThat(plan.message()).isEqualTo("m1");
    }

    @Test
    void aReportThatFiresNoRuleRaisesNothingOnItsOwn() {
        assertThat(StoryAlertPlan.plan(Map.of(), List.of(new StoryAlertPlan.Report("a-1", null)), true, false)).isEmpty();
        assertThat(StoryAlertPlan.plan(Map.of(), List.of(new StoryAlertPlan.Report("a-1", null)), false, true)
                .orElseThrow().keep()).isNull();
    }

    /** Applies the reports in {@code order} the way AlertRecorder does, for an event rule that never suppresses. */
    private static Set<String> alerts(List<String> order) {
        Map<UUID, Set<String>> evidence = new LinkedHashMap<>();
        Map<UUID, String> message = new HashMap<>();
        Set<String> arrived = new TreeSet<>();
        for (String id : order) {
            arrived.add(id);
            Set<String> story = story(id, arrived);
            Map<UUID, String> existing = new HashMap<>();
            evidence.forEach((alert, events) -> {
                if (events.stream().anyMatch(story::contains)) {
                    existing.put(alert, new TreeSet<>(events).first());
                }
            });
            List<StoryAlertPlan.Report> reports = story.stream()
                    .map(r -> new StoryAlertPlan.Report(r, MESSAGES.get(r))).toList();
            StoryAlertPlan.Plan plan = StoryAlertPlan.plan(existing, reports, true, true).orElseThrow();
            UUID keep = plan.keep() == null ? UUID.randomUUID() : plan.keep();
            Set<String> kept = evidence.computeIfAbsent(keep, k -> new TreeSet<>());
            for (UUID gone : plan.absorbed()) {
                kept.addAll(evidence.remove(gone));
                message.remove(gone);
            }
            kept.addAll(story);
            message.put(keep, plan.message());
        }
        Set<String> seen = new TreeSet<>();
        evidence.forEach((alert, events) -> seen.add(new TreeSet<>(events) + " " + message.get(alert)));
        return seen;
    }

    private static Set<String> story(String id, Set<String> arrived) {
        Set<String> component = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (component.add(next)) {
                LINKS.get(next).stream().filter(arrived::contains).forEach(todo::add);
            }
        }
        return component;
    }

    private static List<List<String>> orders(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> all = new ArrayList<>();
        for (String head : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(head);
            for (List<String> tail : orders(rest)) {
                List<String> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
