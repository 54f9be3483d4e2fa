package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.entente.relations.alerts.StoryAlertFollowing;
import org.entente.relations.alerts.StoryAlertPlan;
import org.entente.relations.domain.StoryParameters;
import org.junit.jupiter.api.Test;

/**
 * A rule that never suppresses keeps one alert per story even when a report splits a story or moves a report between
 * stories: the live alerts are a function of the stories, whatever the order the reports came in or were batched in
 * (the fault suite compares a fault run's alerts with a clean run's).
 */
class AlertsFollowStoriesTest {

    private static final StoryParameters P = StoryParameters.defaults();
    /**
     * The rule matches e2 (Saturday's water cannon) and e6 (the day-less "control measures", which lands on Saturday
     * while nothing names Sunday and moves to Sunday when something does).
     */
    private static final Map<String, String> MESSAGES = Map.of("e2", "water cannon", "e6", "control measures");

    @Test
    void everyOrderOfTheLookAlikesLeavesOneAlertPerMatchingStory() {
        Set<String> expected = Set.of("[e1, e2, e5] water cannon", "[e3, e4, e6] control measures");
        List<List<StoryReport>> orders = ArrivalOrders.of(StoryPartitionTest.LOOK_ALIKES);
        for (List<StoryReport> order : orders) {
            assertThat(alerts(order, 1)).as("one at a time: %s", ids(order)).isEqualTo(expected);
        }
        Random random = new Random(16);
        for (List<StoryReport> order : orders) {
            int batch = 2 + random.nextInt(3);
            assertThat(alerts(order, batch)).as("batches of %d: %s", batch, ids(order)).isEqualTo(expected);
        }
    }

    @Test
    void aReportMovedAwayFromAnAlertedStoryTakesItsEvidenceToItsOwnAlert() {
        List<StoryReport> l = StoryPartitionTest.LOOK_ALIKES;
        // Saturday's story holds e6 and is alerted through it; Sunday's ramming then takes e6 away
        List<StoryReport> order = List.of(l.get(0), l.get(1), l.get(4), l.get(5), l.get(2), l.get(3));
        assertThat(alerts(order.subList(0, 4), 1)).containsExactly("[e1, e2, e5, e6] water cannon");
        assertThat(alerts(order, 1)).containsExactlyInAnyOrder("[e1, e2, e5] water cannon",
                "[e3, e4, e6] control measures");
    }

    @Test
    void aStoryWhoseReportsCameBeforeTheRuleRaisesNoneOnANonMatchingReport() {
        Map<String, List<StoryAlertPlan.Report>> stories = Map.of("e1",
                List.of(new StoryAlertPlan.Report("e1", "old match"), new StoryAlertPlan.Report("e2", null)));
        assertThat(StoryAlertFollowing.plan(stories, Map.of(), true, "e1", false)).isEmpty();
        assertThat(StoryAlertFollowing.plan(stories, Map.of(), true, "e1", true)).singleElement()
                .satisfies(o -> assertThat(o.keep()).isNull());
    }

    @Test
    void aPartSplitFromARuleWhoseMatchIsOneEventsRaisesNone() {
        UUID alert = UUID.randomUUID();
        Map<String, List<StoryAlertPlan.Report>> stories = Map.of(
                "e1", List.of(new StoryAlertPlan.Report("e1", null)),
                "e3", List.of(new StoryAlertPlan.Report("e3", null), new StoryAlertPlan.Report("e6", null)));
        List<StoryAlertFollowing.Outcome> outcomes = StoryAlertFollowing.plan(stories,
                Map.of(alert, Set.of("e1", "e6")), false, "e3", false);
        assertThat(outcomes).containsExactly(new StoryAlertFollowing.Outcome("e1", alert, List.of(), null));
    }

    private static List<String> ids(List<StoryReport> order) {
        return order.stream().map(StoryReport::eventId).toList();
    }

    /**
     * The live alerts after the reports arrive in {@code order}, {@code batch} at a time, kept the way AlertRecorder
     * keeps them: the stories are read as the batch leaves them, then each event of the batch has its alerts follow
     * the stories its change made.
     */
    private static Set<String> alerts(List<StoryReport> order, int batch) {
        StoryClustering clustering = new StoryClustering(P);
        Map<UUID, Set<String>> evidence = new HashMap<>();
        Map<UUID, String> message = new HashMap<>();
        for (int from = 0; from < order.size(); from += batch) {
            Map<String, List<String>> made = new LinkedHashMap<>();
            for (StoryReport report : order.subList(from, Math.min(order.size(), from + batch))) {
                made.put(report.eventId(), clustering.add(report).added().stream().map(Story::id).toList());
            }
            made.forEach((event, stories) -> follow(clustering, event, stories, evidence, message));
        }
        Set<String> live = new TreeSet<>();
        evidence.forEach((alert, events) -> live.add(new TreeSet<>(events) + " " + message.get(alert)));
        return live;
    }

    private static void follow(StoryClustering clustering, String event, List<String> made,
            Map<UUID, Set<String>> evidence, Map<UUID, String> message) {
        Set<String> scope = new TreeSet<>();
        scope.add(clustering.storyOf(event).id());
        made.forEach(id -> scope.add(clustering.storyOf(id).id()));
        Map<UUID, Set<String>> touched = new HashMap<>();
        Set<String> asked = Set.of();
        while (!asked.equals(scope)) {
            asked = Set.copyOf(scope);
            Set<String> stories = asked;
            for (Map.Entry<UUID, Set<String>> alert : evidence.entrySet()) {
                if (alert.getValue().stream().anyMatch(e -> stories.contains(clustering.storyOf(e).id()))) {
                    touched.put(alert.getKey(), Set.copyOf(alert.getValue()));
                    alert.getValue().forEach(e -> scope.add(clustering.storyOf(e).id()));
                }
            }
        }
        Map<String, List<StoryAlertPlan.Report>> stories = new TreeMap<>();
        for (String id : scope) {
            List<StoryAlertPlan.Report> reports = new ArrayList<>();
            for (StoryReport r : clustering.storyOf(id).reports()) {
                reports.add(new StoryAlertPlan.Report(r.eventId(), MESSAGES.get(r.eventId())));
            }
            stories.put(id, reports);
        }
        for (StoryAlertFollowing.Outcome outcome : StoryAlertFollowing.plan(stories, touched, true,
                clustering.storyOf(event).id(), MESSAGES.containsKey(event))) {
            UUID keep = outcome.keep() == null ? UUID.randomUUID() : outcome.keep();
            outcome.absorbed().forEach(gone -> {
                evidence.remove(gone);
                message.remove(gone);
            });
            Set<String> reports = new TreeSet<>();
            clustering.storyOf(outcome.storyId()).reports().forEach(r -> reports.add(r.eventId()));
            evidence.put(keep, reports);
            message.put(keep, outcome.message());
        }
    }
}
