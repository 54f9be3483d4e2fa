package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.StoryParameters;
import org.junit.jupiter.api.Test;

/**
 * An ongoing act (a war's fighting, a sanctions regime) is one event for the lone reports that mention it without a
 * day of their own, however long after the day other reports named (docs/tie-strength.md, "Ongoing acts").
 */
class OngoingActsTest {

    private static final StoryParameters P = StoryParameters.defaults();
    private static final ContentWords WORDS = ContentWords.withNationNames(List.of("Afghanistan", "Pakistan"));

    private static StoryReport report(String id, EventType type, String at, String sentence) {
        Instant time = Instant.parse(at + ":00Z");
        EventDays.Span days = EventDays.span(sentence, null, time);
        return new StoryReport(id, "a-" + id, "outlet-" + id + ".example", type, "asserted", "AFG", "PAK", null, null,
                time, days == null ? null : days.first(), -5.0, WORDS.of(sentence, "clashed"),
                days == null ? null : days.last());
    }

    static StoryReport fight(String id, String at, String sentence) {
        return report(id, EventType.FIGHT, at, sentence);
    }

    /**
     * Saturday 31 October 2026: clashes named by two outlets; three weeks later a lone mention; five weeks later fresh
     * clashes told by two outlets naming no day; then Monday 14 December's clashes and a lone mention a week later.
     */
    static final List<StoryReport> WAR = List.of(
            fight("e1", "2026-10-31T18:00", "Afghan and Pakistani forces clashed along the border on Saturday."),
            fight("e2", "2026-11-01T07:00", "Pakistani and Afghan troops exchanged fire on Saturday near Torkham."),
            fight("e3", "2026-11-21T09:00", "The fighting between Afghanistan and Pakistan has displaced thousands."),
            fight("e4", "2026-12-05T10:00", "Afghan and Pakistani forces clashed near Spin Boldak."),
            fight("e5", "2026-12-05T16:00", "Heavy clashes broke out near Spin Boldak between the two armies."),
            fight("e6", "2026-12-14T20:00", "Afghan and Pakistani forces clashed in Kurram on Monday."),
            fight("e7", "2026-12-21T08:00", "The fighting has closed the border crossings to trade."));

    private static List<List<String>> ids(List<Story> stories) {
        return stories.stream().map(s -> s.reports().stream().map(StoryReport::eventId).sorted().toList()).toList();
    }

    @Test
    void aLoneMentionJoinsTheFightingItTellsOfAndFreshNewsStaysAnEventOfItsOwn() {
        List<Story> stories = Clusterings.atOnce(WAR);

        // e3 and e7 name no day and no other report is within the window: each tells of the nearest named fighting
        // before it; e4 and e5 corroborate each other the same day: fresh news, not a mention of Saturday's clashes
        assertThat(ids(stories)).containsExactly(List.of("e1", "e2", "e3"), List.of("e4", "e5"), List.of("e6", "e7"));
    }

    @Test
    void everyOrderGivesTheSameStoriesComponentsAndTerms() {
        List<Story> expected = Clusterings.atOnce(WAR);
        StoryClustering atOnce = new StoryClustering(P);
        atOnce.addAll(WAR);
        Map<String, Double> expectedTerms = new TreeMap<>();
        expected.forEach(story -> expectedTerms.put(story.id(), story.contribution()));
        List<List<StoryReport>> orders = ArrivalOrders.of(WAR);
        assertThat(orders).hasSize(5040);
        for (List<StoryReport> order : orders) {
            StoryClustering clustering = new StoryClustering(P);
            Map<String, Double> terms = Clusterings.oneByOne(clustering, order);
            assertThat(clustering.stories()).isEqualTo(expected);
            assertThat(terms).isEqualTo(expectedTerms);
            for (StoryReport r : WAR) {
                assertThat(clustering.linkId(r.eventId())).as("component of %s", r.eventId())
                        .isEqualTo(atOnce.linkId(r.eventId()));
            }
        }
    }

    @Test
    void aMentionThatGainsACompanionWithinTheWindowIsNoLongerLone() {
        StoryClustering clustering = new StoryClustering(P);
        clustering.addAll(WAR.subList(0, 3));
        assertThat(ids(clustering.stories())).containsExactly(List.of("e1", "e2", "e3"));
        assertThat(clustering.linkId("e3")).isEqualTo("e1");

        StoryReport companion = fight("e8", "2026-11-21T15:00", "The fighting between the two has displaced thousands.");
        StoryChange change = clustering.add(companion);

        // two outlets the same day are news of that day: they leave Saturday's story and its component
        assertThat(ids(change.replaced())).containsExactly(List.of("e1", "e2", "e3"));
        assertThat(ids(clustering.stories())).containsExactly(List.of("e1", "e2"), List.of("e3", "e8"));
        assertThat(clustering.linkId("e3")).isEqualTo("e3");
        List<StoryReport> all = new ArrayList<>(WAR.subList(0, 3));
        all.add(companion);
        assertThat(clustering.stories()).isEqualTo(Clusterings.atOnce(all));
    }

    @Test
    void actsThatDoNotGoOnAndMentionsBeyondAYearStayApart() {
        StoryReport talks = report("c1", EventType.CONSULT, "2026-10-31T18:00",
                "Afghan and Pakistani officials held talks in Doha on Saturday.");
        StoryReport talksLater = report("c2", EventType.CONSULT, "2026-11-21T09:00",
                "Afghan and Pakistani officials held talks in Doha.");
        assertThat(ids(Clusterings.atOnce(List.of(talks, talksLater)))).hasSize(2);

        StoryReport yearLater = fight("e9", "2027-11-02T09:00", "The fighting between Afghanistan and Pakistan goes on.");
        assertThat(ids(Clusterings.atOnce(List.of(WAR.get(0), WAR.get(1), yearLater))))
                .containsExactly(List.of("e1", "e2"), List.of("e9"));
        StoryReport withinTheYear = fight("e9", "2027-10-29T09:00",
                "The fighting between Afghanistan and Pakistan goes on.");
        assertThat(ids(Clusterings.atOnce(List.of(WAR.get(0), WAR.get(1), withinTheYear))))
                .containsExactly(List.of("e1", "e2", "e9"));
    }

    @Test
    void shuffledMonthsOfFightingGiveTheStoriesAndComponentsOfTheWholeSet() {
        Random random = new Random(22);
        String[] dayless = { "The fighting has displaced thousands.", "Clashes along the border continued.",
                "The war has closed the crossings.", "Troops exchanged heavy fire." };
        List<StoryReport> reports = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate day = LocalDate.parse("2026-06-01").plusDays(random.nextInt(120));
            String at = day + "T" + String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(60));
            String sentence = random.nextInt(3) == 0
                    ? "Afghan and Pakistani forces clashed on "
                            + day.minusDays(random.nextInt(2)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + "."
                    : dayless[random.nextInt(dayless.length)];
            reports.add(fight(String.format(Locale.ROOT, "e%02d", i), at, sentence));
        }
        StoryClustering atOnce = new StoryClustering(P);
        atOnce.addAll(reports);
        List<Story> expected = atOnce.stories();
        // lone mentions joined named fighting weeks before them, and some day-less news stayed its own
        assertThat(expected).anyMatch(story -> story.reports().stream().anyMatch(r -> r.eventDay() == null)
                && story.reports().stream().anyMatch(r -> r.eventDay() != null
                        && story.reports().stream().anyMatch(m -> m.eventDay() == null
                                && m.eventTime().isAfter(r.eventTime().plusSeconds(7 * 86_400)))));
        for (int round = 0; round < 100; round++) {
            List<StoryReport> order = new ArrayList<>(reports);
            Collections.shuffle(order, new Random(round));
            StoryClustering clustering = new StoryClustering(P);
            order.forEach(clustering::add);
            assertThat(clustering.stories()).isEqualTo(expected);
            for (StoryReport r : reports) {
                assertThat(clustering.linkId(r.eventId())).isEqualTo(atOnce.linkId(r.eventId()));
            }
        }
    }
}
