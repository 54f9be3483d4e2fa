package org.entente.relations.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Where one rule's alerts of a pair's stories belong once a report changed those stories, for a rule that never
 * suppresses (one alert per story). A report can merge stories and, telling groups of named days apart, split one or
 * move a report from one story to another (docs/tie-strength.md, "Story events"). The alerts follow the stories, so
 * the live alerts are a function of the stories alone, never of the order their reports arrived or were batched in:
 * <ul>
 * <li>an alert belongs to the story holding its smallest evidence event id, and its evidence becomes exactly that
 * story's reports: a part split away, or a report moved away, leaves it;</li>
 * <li>when several alerts belong to one story (a merge), the one whose smallest evidence event id is smallest keeps
 * its id and absorbs the others;</li>
 * <li>a story no alert belongs to raises its own when the applied event is one of its reports and fired the rule, or,
 * for an event rule, when one of its reports matches and it holds evidence of an alert that belongs to another story
 * (it was split or moved away from an alerted story). The other rules' matches are one event's, not a story's: a part
 * split away from their alert raises none. A story whose reports all came before the rule was made raises none;</li>
 * <li>an event rule's alert describes its story's matching report with the smallest event id.</li>
 * </ul>
 * Plain Java: the caller reads the stories and alerts, then applies the outcomes.
 */
public final class StoryAlertFollowing {

    /**
     * What one story's alert of the rule becomes.
     *
     * @param storyId the story; the alert's evidence is to be exactly its reports
     * @param keep the alert that stays (null: raise a new one)
     * @param absorbed other alerts belonging to the story, merged into {@code keep} and retracted
     * @param message the message the alert carries; null when the rule's message is not a function of the story
     */
    public record Outcome(String storyId, UUID keep, List<UUID> absorbed, String message) {
    }

    private StoryAlertFollowing() {
    }

    /**
     * @param stories every story the change can have touched, by id, with its reports (a report's message is null when
     *        it does not match the rule); they hold every evidence event of {@code smallestEvidence}'s alerts
     * @param evidence the rule's live alerts with evidence in these stories, by id, with their evidence event ids
     * @param describesStory true for event rules, whose match is a report's and so a story's
     * @param eventStory the story of the event being applied
     * @param matches true when the rule fires on the event being applied
     * @return one outcome per story that has or gets an alert, by story id
     */
    public static List<Outcome> plan(Map<String, List<StoryAlertPlan.Report>> stories, Map<UUID, Set<String>> evidence,
            boolean describesStory, String eventStory, boolean matches) {
        Map<String, String> storyOfEvent = new HashMap<>();
        stories.forEach((story, reports) -> reports.forEach(r -> storyOfEvent.put(r.eventId(), story)));
        Map<UUID, String> smallestEvidence = new HashMap<>();
        Map<String, List<UUID>> belonging = new TreeMap<>();
        Set<String> leftByAnAlert = new HashSet<>();
        for (Map.Entry<UUID, Set<String>> alert : evidence.entrySet()) {
            String smallest = new TreeSet<>(alert.getValue()).first();
            String home = storyOfEvent.get(smallest);
            if (home == null) {
                continue;
            }
            smallestEvidence.put(alert.getKey(), smallest);
            belonging.computeIfAbsent(home, k -> new ArrayList<>()).add(alert.getKey());
            for (String event : alert.getValue()) {
                String story = storyOfEvent.get(event);
                if (story != null && !story.equals(home)) {
                    leftByAnAlert.add(story);
                }
            }
        }
        Comparator<UUID> keepOrder = Comparator.<UUID, String> comparing(smallestEvidence::get)
                .thenComparing(Comparator.naturalOrder());
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<StoryAlertPlan.Report>> story : new TreeMap<>(stories).entrySet()) {
            String message = describesStory ? StoryAlertPlan.leadMessage(story.getValue()) : null;
            List<UUID> alerts = belonging.getOrDefault(story.getKey(), List.of());
            if (!alerts.isEmpty()) {
                List<UUID> sorted = new ArrayList<>(alerts);
                sorted.sort(keepOrder);
                outcomes.add(new Outcome(story.getKey(), sorted.get(0), List.copyOf(sorted.subList(1, sorted.size())),
                        message));
            } else if (matches && story.getKey().equals(eventStory)
                    || describesStory && message != null && leftByAnAlert.contains(story.getKey())) {
                outcomes.add(new Outcome(story.getKey(), null, List.of(), message));
            }
        }
        return outcomes;
    }
}
