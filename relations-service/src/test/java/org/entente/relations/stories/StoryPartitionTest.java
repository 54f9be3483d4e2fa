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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.StoryParameters;
import org.junit.jupiter.api.Test;

/** A story never holds two groups of named days that a report naming no day linked (docs/tie-strength.md). */
class StoryPartitionTest {

    private static final StoryParameters P = StoryParameters.defaults();
    private static final ContentWords WORDS = ContentWords.withNationNames(List.of("China", "Philippines",
            "Afghanistan", "Pakistan"));
    /** Saturday 31 October and Sunday 1 November 2026. */
    private static final String SATURDAY = "2026-10-31T";
    private static final String SUNDAY = "2026-11-01T";

    private static StoryReport report(String id, String article, EventType type, String source, String target,
            String at, String sentence) {
        Instant time = Instant.parse(at + ":00Z");
        EventDays.Span days = EventDays.span(sentence, null, time);
        return new StoryReport(id, article, article + ".example", type, "asserted", source, target, null, null, time,
                days == null ? null : days.first(), -5.0, WORDS.of(sentence, "fired"),
                days == null ? null : days.last());
    }

    private static StoryReport coerce(String id, String article, String at, String sentence) {
        return report(id, article, EventType.COERCE, "CHN", "PHL", at, sentence);
    }

    /** Water cannon on Saturday, a ramming on Sunday, and an article telling of Saturday that also names no day. */
    static final List<StoryReport> LOOK_ALIKES = List.of(
            coerce("e1", "a1", SATURDAY + "12:00", "Chinese ships fired water cannon at Philippine vessels on Saturday."),
            coerce("e2", "a2", SATURDAY + "16:00", "Chinese vessels turned water cannon on Philippine ships on Saturday."),
            coerce("e3", "a3", SUNDAY + "08:00", "A Chinese ship rammed a Philippine boat on Sunday."),
            coerce("e4", "a4", SUNDAY + "14:00", "A Chinese coast guard ship on Sunday rammed a Philippine boat."),
            coerce("e5", "a5", SUNDAY + "10:00", "On Saturday, Chinese ships fired water cannon at Philippine vessels."),
            coerce("e6", "a5", SUNDAY + "10:00", "China's coast guard said it had taken necessary control measures."));

    private static List<List<String>> ids(List<Story> stories) {
        return stories.stream().map(s -> s.reports().stream().map(StoryReport::eventId).sorted().toList()).toList();
    }

    private static List<Story> stories(List<StoryReport> reports) {
        return Clusterings.atOnce(reports);
    }

    @Test
    void aReportNamingNoDayDoesNotChainTwoLookAlikesNamingDifferentDays() {
        StoryClustering clustering = new StoryClustering(P);
        StoryReport bridge = LOOK_ALIKES.get(5);
        // single linkage would chain them: the day-less report links to both days' reports
        assertThat(bridge.eventDay()).isNull();
        assertThat(LOOK_ALIKES.get(0).eventDay()).isEqualTo(LocalDate.parse("2026-10-31"));
        assertThat(LOOK_ALIKES.get(2).eventDay()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(clustering.linked(bridge, LOOK_ALIKES.get(0))).isTrue();
        assertThat(clustering.linked(bridge, LOOK_ALIKES.get(2))).isTrue();

        List<Story> stories = stories(LOOK_ALIKES);

        // it joins the day nearest its publication day; its article's Saturday report keeps Saturday apart
        assertThat(ids(stories)).containsExactly(List.of("e1", "e2", "e5"), List.of("e3", "e4", "e6"));
        for (Story story : stories) {
            assertThat(story.reports().stream().map(StoryReport::eventDay).filter(d -> d != null).distinct())
                    .hasSize(1);
        }
    }

    @Test
    void everyOrderGivesTheSameStoriesIdsAndTerms() {
        List<Story> expected = stories(LOOK_ALIKES);
        List<List<StoryReport>> orders = ArrivalOrders.of(LOOK_ALIKES);
        assertThat(orders).hasSize(720);
        Map<String, Double> expectedTerms = new TreeMap<>();
        expected.forEach(story -> expectedTerms.put(story.id(), story.contribution()));
        for (List<StoryReport> order : orders) {
            // the consumer's way: one report at a time, each change applied to the tie's terms
            StoryClustering clustering = new StoryClustering(P);
            Map<String, Double> terms = Clusterings.oneByOne(clustering, order);
            assertThat(clustering.stories()).isEqualTo(expected);
            assertThat(terms).isEqualTo(expectedTerms);
            // the component's id does not depend on the order either: the smallest event id
            assertThat(clustering.linkId("e4")).isEqualTo("e1");
        }
    }

    @Test
    void aReportNamingADayMovesADaylessReportToItsStory() {
        StoryClustering clustering = new StoryClustering(P);
        clustering.addAll(List.of(LOOK_ALIKES.get(0), LOOK_ALIKES.get(1), LOOK_ALIKES.get(4), LOOK_ALIKES.get(5)));
        // nothing names Sunday yet: the day-less report tells of Saturday with the others
        assertThat(ids(clustering.stories())).containsExactly(List.of("e1", "e2", "e5", "e6"));
        Story before = clustering.storyOf("e6");

        StoryChange change = clustering.add(LOOK_ALIKES.get(2));

        // Sunday's ramming takes it: the old story leaves, Saturday's (same id, fewer reports) and Sunday's come
        assertThat(change.replaced()).containsExactly(before);
        assertThat(ids(change.added())).containsExactly(List.of("e1", "e2", "e5"), List.of("e3", "e6"));
        assertThat(change.story().id()).isEqualTo("e3");
        assertThat(change.joined()).isTrue();
        assertThat(clustering.linkId("e6")).isEqualTo("e1");
        // a report that changes nothing but its own story leaves the others out of the change
        StoryChange same = clustering.add(LOOK_ALIKES.get(3));
        assertThat(same.replaced()).extracting(Story::id).containsExactly("e3");
        assertThat(ids(same.added())).containsExactly(List.of("e3", "e4", "e6"));
    }

    @Test
    void groupsOfNamedDaysOneDayApartAreOneEventWhenNoArticleTellsBoth() {
        // fighting "late on Saturday" and "on Sunday" (overnight), joined by a third outlet naming no day
        List<StoryReport> night = List.of(
                report("e1", "b1", EventType.FIGHT, "AFG", "PAK", SUNDAY + "04:30",
                        "Afghan and Pakistani forces fought battles along the border late on Saturday."),
                report("e2", "b2", EventType.FIGHT, "PAK", "AFG", SUNDAY + "11:00",
                        "Pakistani and Afghan forces clashed along the border on Sunday, the army said."),
                report("e3", "b3", EventType.FIGHT, "AFG", "PAK", SUNDAY + "15:00",
                        "Forces traded heavy fire along the border."));
        assertThat(night.get(0).eventDay()).isNotEqualTo(night.get(1).eventDay());
        assertThat(ids(stories(night))).containsExactly(List.of("e1", "e2", "e3"));
        // two days apart is beyond the tolerance
        List<StoryReport> apart = List.of(
                report("e1", "b1", EventType.FIGHT, "AFG", "PAK", SUNDAY + "04:30",
                        "Afghan and Pakistani forces fought battles along the border on Friday."),
                night.get(1), night.get(2));
        assertThat(stories(apart)).hasSize(2);
    }

    @Test
    void aDaylessGroupJoinsOneStoryThroughItsLinkedReports() {
        // e7 names no day and links only to e6 (their words), which joined Sunday's story
        List<StoryReport> reports = new ArrayList<>(LOOK_ALIKES);
        reports.add(coerce("e7", "a7", SUNDAY + "20:00", "China's coast guard said it had taken control measures."));
        List<Story> stories = stories(reports);
        assertThat(new TreeSet<>(ids(stories).get(1))).contains("e6", "e7");
        List<StoryReport> reversed = new ArrayList<>(reports);
        Collections.reverse(reversed);
        StoryClustering oneByOne = new StoryClustering(P);
        reversed.forEach(oneByOne::add);
        assertThat(oneByOne.stories()).isEqualTo(stories);
        assertThat(Set.copyOf(ids(stories).get(0))).doesNotContain("e7");
    }

    @Test
    void aReportCostsItsOwnLinksNotThoseOfItsWholeComponent() {
        // ten days of fighting named by day, chained by recaps naming none: one component of 60 reports
        List<StoryReport> war = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            String day = LocalDate.parse("2026-10-20").plusDays(d) + "T";
            for (int i = 0; i < 6; i++) {
                String id = "w" + d + i;
                war.add(i < 4
                        ? report(id, "f" + d + i, EventType.FIGHT, "AFG", "PAK", day + (10 + i) + ":00",
                                "Afghan and Pakistani forces fought along the border on "
                                        + LocalDate.parse(day.substring(0, 10))
                                                .getDayOfWeek().getDisplayName(TextStyle.FULL,
                                                        Locale.ENGLISH)
                                        + ".")
                        : report(id, "f" + d + i, EventType.FIGHT, "AFG", "PAK", day + (10 + i) + ":00",
                                "Forces traded heavy fire along the border."));
            }
        }
        StoryClustering clustering = new StoryClustering(P);
        war.subList(0, war.size() - 1).forEach(clustering::add);
        assertThat(clustering.storiesLinkedTo("w00").stream().mapToInt(Story::reportCount).sum()).isEqualTo(59);
        long before = clustering.comparisons();

        clustering.add(war.get(war.size() - 1));

        // its links with the reports of its window, not every pair of the component compared again
        assertThat(clustering.comparisons() - before).isLessThanOrEqualTo(20);
        assertThat(clustering.storiesLinkedTo("w00").stream().mapToInt(Story::reportCount).sum()).isEqualTo(60);
    }

    @Test
    void aReportOnOneDayOfAMonthOfFightingChangesOnlyTheStoriesOfItsDays() {
        // a month of daily fighting, each day named by one outlet and linked to the next by a recap naming none
        List<StoryReport> month = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            LocalDate day = LocalDate.parse("2026-01-05").plusDays(d);
            month.add(report(String.format(Locale.ROOT, "n%02d", d), "n" + d, EventType.FIGHT, "AFG", "PAK",
                    day + "T15:00", "Afghan and Pakistani forces fought along the border on " + weekday(day) + "."));
            month.add(report(String.format(Locale.ROOT, "r%02d", d), "r" + d, EventType.FIGHT, "AFG", "PAK",
                    day.plusDays(1) + "T06:00", "Forces traded heavy fire along the border."));
        }
        StoryClustering clustering = new StoryClustering(P);
        month.forEach(clustering::add);
        List<Story> before = clustering.stories();
        LocalDate third = LocalDate.parse("2026-01-07");

        // another outlet names the third day, with the smallest event id of all
        StoryChange change = clustering.add(report("a00", "a00", EventType.FIGHT, "AFG", "PAK", third + "T16:00",
                "Afghan and Pakistani forces fought along the border on " + weekday(third) + "."));

        // a join of two nights made in the order of the groups' smallest ids re-paired the whole month (every story
        // replaced); a join only of two days that no third day's recap reaches leaves the other days as they were
        assertThat(change.replaced()).hasSize(1);
        assertThat(clustering.stories().stream().filter(before::contains)).hasSize(before.size() - 1);
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Test
    void nightsAcrossMidnightDoNotChainAWeekOfFightingIntoOneStory() {
        // each day's fighting named by its day, and a recap naming none published the next morning links both days
        List<StoryReport> week = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = LocalDate.parse("2026-10-19").plusDays(d);
            String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            week.add(report("n" + d, "n" + d, EventType.FIGHT, "AFG", "PAK", day + "T15:00",
                    "Afghan and Pakistani forces fought along the border on " + weekday + "."));
            week.add(report("r" + d, "r" + d, EventType.FIGHT, "AFG", "PAK", day.plusDays(1) + "T06:00",
                    "Forces traded heavy fire along the border."));
        }
        StoryClustering clustering = new StoryClustering(P);
        clustering.addAll(week);
        // one component: the recaps link each day to the next
        assertThat(clustering.linkId("n6")).isEqualTo("n0");
        for (Story story : clustering.stories()) {
            List<LocalDate> days = story.reports().stream().map(StoryReport::eventDay).filter(d -> d != null).sorted()
                    .toList();
            assertThat(days.get(0).plusDays(1)).as("story %s", ids(List.of(story))).isAfterOrEqualTo(
                    days.get(days.size() - 1));
        }
        assertThat(clustering.stories()).hasSizeGreaterThanOrEqualTo(4);
        List<List<StoryReport>> orders = List.of(week, new ArrayList<>(week));
        Collections.reverse(orders.get(1));
        StoryClustering reversed = new StoryClustering(P);
        orders.get(1).forEach(reversed::add);
        assertThat(reversed.stories()).isEqualTo(clustering.stories());
    }
}
