package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.StoryParameters;
import org.junit.jupiter.api.Test;

class StoryClusteringTest {

    /** One sanction told by several outlets, and its look-alike of the day before, in the day tests. */
    private static final String BLACKLISTED_MONDAY = "Washington blacklisted a methanol brokerage network on Monday.";
    private static final String BLACKLISTED_SUNDAY = "Washington blacklisted a methanol brokerage network on Sunday.";
    private static final String TARGETED_TODAY = "The Treasury today targeted traders shipping petrochemicals for Tehran.";
    private static final String NO_DAY_NAMED = "New US sanctions hit Iranian petrochemical brokers.";

    private static final StoryParameters P = StoryParameters.defaults();
    private static final ContentWords WORDS = ContentWords.withNationNames(List.of("United States", "Iran"));
    private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");

    private static StoryReport report(String id, String article, String outlet, EventType type, String source,
            String target, Instant at, String sentence) {
        return report(id, article, outlet, type, "asserted", source, target, at, sentence);
    }

    /** Weighed as the tie model does: intent half, a negated conflict nothing. */
    private static StoryReport report(String id, String article, String outlet, EventType type, String modality,
            String source, String target, Instant at, String sentence) {
        double weight = switch (modality) {
            case "intent" -> -3.0;
            case "negated" -> 0.0;
            default -> -6.0;
        };
        EventDays.Span days = EventDays.span(sentence, null, at);
        return new StoryReport(id, article, outlet, type, modality, source, target, null, null, at,
                days == null ? null : days.first(), weight, WORDS.of(sentence, "sanctions"),
                days == null ? null : days.last());
    }

    private static StoryReport oil(String id, String outlet, Duration later) {
        return report(id, "a-" + id, outlet, EventType.SANCTION, "USA", "IRN", T.plus(later),
                "The United States imposed sanctions on Iran's oil exports and tanker fleet.");
    }

    private static StoryReport drones(String id, String outlet, Duration later) {
        return report(id, "a-" + id, outlet, EventType.SANCTION, "USA", "IRN", T.plus(later),
                "Washington announced sanctions against Iranian drone makers and missile suppliers.");
    }

    private static List<List<String>> clusters(List<StoryReport> reports) {
        StoryClustering clustering = new StoryClustering(P);
        clustering.addAll(reports);
        return clustering.stories().stream()
                .map(s -> s.reports().stream().map(StoryReport::eventId).sorted().toList()).toList();
    }

    @Test
    void everyOrderOfTheSameReportsGivesTheSameStories() {
        List<StoryReport> reports = List.of(oil("e1", "reuters.com", Duration.ZERO),
                oil("e2", "bbc.co.uk", Duration.ofHours(30)), oil("e3", "apnews.com", Duration.ofHours(60)),
                drones("e4", "reuters.com", Duration.ofHours(20)), drones("e5", "dw.com", Duration.ofHours(22)),
                oil("e6", "aljazeera.com", Duration.ofDays(9)));
        List<Story> expected = stories(reports);
        List<List<StoryReport>> orders = ArrivalOrders.of(reports);
        assertThat(orders).hasSize(720);
        for (List<StoryReport> order : orders) {
            assertThat(stories(order)).isEqualTo(expected);
        }
        // e1-e2-e3 chain (e1 and e3 are 60 h apart, each within 48 h of e2), the drone story, e6 alone
        assertThat(clusters(reports)).containsExactly(List.of("e1", "e2", "e3"), List.of("e4", "e5"), List.of("e6"));
    }

    @Test
    void shuffledArrivalsGiveTheSameStoriesAndTheirTermsAddUpExactly() {
        String[] sentences = { "Washington blacklisted a methanol network on Monday.",
                "The Treasury on Tuesday targeted petrochemical brokers.", "New sanctions hit Iranian oil tankers.",
                "Officials said yesterday the tanker fleet was targeted.", "The brokers face new penalties.",
                "Drone makers were sanctioned on November 3.", "A network of shipping agents was blacklisted." };
        String[] modalities = { "asserted", "asserted", "intent", "negated" };
        Random random = new Random(16);
        List<StoryReport> reports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reports.add(report(String.format("e%02d", i), "a" + random.nextInt(25), "outlet" + random.nextInt(6) + ".com",
                    random.nextInt(5) == 0 ? EventType.AGREE : EventType.SANCTION,
                    modalities[random.nextInt(modalities.length)], "USA", "IRN",
                    T.plus(Duration.ofMinutes(random.nextInt(12 * 24 * 60))), sentences[random.nextInt(sentences.length)]));
        }
        List<Story> expected = stories(reports);
        assertThat(expected.size()).isBetween(5, 30);
        // some story holds an intent and an asserted report, led by an asserted one that is not its earliest
        assertThat(expected).anyMatch(story -> story.lead().modality().equals("asserted")
                && !story.lead().equals(story.reports().get(0)) && story.reports().get(0).modality().equals("intent"));
        for (int round = 0; round < 200; round++) {
            List<StoryReport> order = new ArrayList<>(reports);
            Collections.shuffle(order, new Random(round));
            StoryClustering clustering = new StoryClustering(P);
            Map<String, Double> terms = new TreeMap<>();
            for (StoryReport r : order) {
                StoryChange change = clustering.add(r);
                // the consumer's bookkeeping: the replaced stories' terms leave the tie, the stories made enter it
                change.replaced().forEach(gone -> assertThat(terms.remove(gone.id())).isEqualTo(gone.contribution()));
                change.added().forEach(made -> assertThat(terms.put(made.id(), made.contribution())).isNull());
                assertThat(change.added()).contains(change.story());
            }
            assertThat(clustering.stories()).isEqualTo(expected);
            Map<String, Double> expectedTerms = new TreeMap<>();
            expected.forEach(story -> expectedTerms.put(story.id(), story.contribution()));
            assertThat(terms).isEqualTo(expectedTerms);
        }
    }

    private static List<Story> stories(List<StoryReport> reports) {
        return Clusterings.atOnce(reports);
    }

    @Test
    void aReportBetweenTwoStoriesMergesThemAndTheSmallerIdStays() {
        StoryClustering clustering = new StoryClustering(P);
        clustering.add(oil("e7", "reuters.com", Duration.ZERO));
        clustering.add(oil("e3", "bbc.co.uk", Duration.ofHours(60)));
        assertThat(clustering.stories()).hasSize(2);

        StoryChange change = clustering.add(oil("e5", "apnews.com", Duration.ofHours(30)));

        assertThat(change.joined()).isTrue();
        assertThat(change.replaced()).extracting(Story::id).containsExactly("e3", "e7");
        assertThat(change.story().id()).isEqualTo("e3");
        assertThat(change.story().reportCount()).isEqualTo(3);
        assertThat(change.story().outletCount()).isEqualTo(3);
        assertThat(change.story().firstReportedAt()).isEqualTo(T);
        assertThat(change.story().lead().eventId()).isEqualTo("e7");
        assertThat(clustering.stories()).hasSize(1);
        assertThat(clustering.add(oil("e5", "apnews.com", Duration.ofHours(30)))).isNull();
    }

    @Test
    void lookAlikeEventsOfTheSameWeekStayApart() {
        assertThat(clusters(List.of(oil("e1", "reuters.com", Duration.ZERO), drones("e2", "bbc.co.uk",
                Duration.ofHours(2))))).hasSize(2);
        StoryReport pact = new StoryReport("e3", "a3", "x.com", EventType.AGREE, "asserted", "USA", "IRN",
                "defense_pact", null, T, null, 2.5, Set.of());
        StoryReport trade = new StoryReport("e4", "a4", "y.com", EventType.AGREE, "asserted", "USA", "IRN",
                "trade_deal", null, T, null, 2.5, Set.of());
        StoryReport vague = new StoryReport("e5", "a5", "z.com", EventType.AGREE, "asserted", "USA", "IRN",
                null, null, T, null, 2.5, Set.of());
        StoryClustering clustering = new StoryClustering(P);
        assertThat(clustering.linked(pact, trade)).isFalse();
        assertThat(clustering.linked(pact, vague)).isTrue();
        // "treaty" is an accord the sentence says no more of: another outlet's "trade pact" may be it
        StoryReport accord = new StoryReport("e9", "a9", "w.com", EventType.AGREE, "asserted", "USA", "IRN",
                "treaty", null, T, null, 2.5, Set.of());
        assertThat(clustering.linked(accord, trade)).isTrue();
        assertThat(clustering.linked(accord, pact)).isTrue();
        StoryReport cameo163 = new StoryReport("e6", "a6", "x.com", EventType.SANCTION, "asserted", "USA", "IRN",
                null, "163", T, null, -6, Set.of());
        StoryReport cameo1631 = new StoryReport("e7", "a7", "y.com", EventType.SANCTION, "asserted", "USA", "IRN",
                null, "1631", T, null, -6, Set.of());
        StoryReport cameo172 = new StoryReport("e8", "a8", "z.com", EventType.SANCTION, "asserted", "USA", "IRN",
                null, "172", T, null, -6, Set.of());
        assertThat(clustering.linked(cameo163, cameo1631)).isTrue();
        assertThat(clustering.linked(cameo163, cameo172)).isFalse();
    }

    @Test
    void aPlanForADayAFewWeeksAheadIsToldOnItsPublicationDay() {
        StoryClustering clustering = new StoryClustering(P);
        // Monday 2 November: "will impose ... on November 20" is a plan announced that Monday, not last year's act
        StoryReport plan = report("e1", "a1", "a.com", EventType.SANCTION, "intent", "USA", "IRN", T,
                "The United States will impose sanctions on Iran's oil exports on November 20.");
        StoryReport announced = namedDay("e2", "b.com", Duration.ofHours(5),
                "Washington on Monday announced sanctions on Iranian oil exports from later this month.");
        assertThat(clustering.apart(plan, announced)).isNull();
        // a look-alike of the day before the announcement stays apart
        assertThat(clustering.apart(plan, namedDay("e3", "c.com", Duration.ofHours(1), BLACKLISTED_SUNDAY)))
                .isEqualTo(StoryClustering.Apart.DAY);
    }

    @Test
    void aNightAcrossMidnightIsOneEventAndTheNextNightAnother() {
        StoryClustering clustering = new StoryClustering(P);
        Instant sunday = Instant.parse("2026-11-01T06:00:00Z");
        StoryReport late = report("e1", "a1", "a.com", EventType.FIGHT, "PAK", "AFG", sunday,
                "Pakistani and Afghan forces fought intense battles along the border late on Saturday.");
        StoryReport overnight = report("e2", "a2", "b.com", EventType.FIGHT, "AFG", "PAK", sunday.plus(Duration.ofHours(9)),
                "Afghan and Pakistani forces traded heavy fire along their border overnight into Sunday.");
        assertThat(clustering.apart(late, overnight)).isNull();
        // the next night's clashes, dated by their morning, stay apart
        StoryReport nextNight = report("e3", "a3", "c.com", EventType.FIGHT, "AFG", "PAK", sunday.plus(Duration.ofHours(26)),
                "New clashes broke out along the border overnight into Monday.");
        assertThat(clustering.apart(late, nextNight)).isEqualTo(StoryClustering.Apart.DAY);
    }

    private static StoryReport accord(String id, String subtype, String sentence) {
        EventDays.Span days = EventDays.span(sentence, null, T);
        return new StoryReport(id, "a-" + id, id + ".com", EventType.AGREE, "asserted", "IND", "PAK", subtype, null, T,
                days == null ? null : days.first(), 2.5, WORDS.of(sentence, "agreed"), days == null ? null : days.last());
    }

    @Test
    void militaryCooperationOnTheSameNamedDayIsTheAccordOthersCallByName() {
        StoryClustering clustering = new StoryClustering(P);
        // the detector's "military" reading of a ceasefire, against another outlet's "ceasefire", both on Monday
        StoryReport military = accord("e1", "military_cooperation",
                "The two sides agreed on Monday to stop all firing and military action.");
        StoryReport ceasefire = accord("e2", "ceasefire", "A ceasefire was agreed on Monday.");
        assertThat(clustering.apart(military, ceasefire)).isNull();
        assertThat(clustering.apart(ceasefire, military)).isNull();
        // another day named: two accords
        StoryReport sundayCeasefire = accord("e3", "ceasefire", "A ceasefire was agreed on Sunday.");
        assertThat(clustering.apart(military, sundayCeasefire)).isEqualTo(StoryClustering.Apart.SUBTYPE);
        // one side names no day: the subtypes still tell them apart
        StoryReport undatedCeasefire = accord("e4", "ceasefire", "A ceasefire was agreed.");
        assertThat(clustering.apart(military, undatedCeasefire)).isEqualTo(StoryClustering.Apart.SUBTYPE);
        // two subtypes of which neither is military_cooperation stay apart even on the same day
        StoryReport trade = accord("e5", "trade_deal", "A trade deal was signed on Monday.");
        assertThat(clustering.apart(ceasefire, trade)).isEqualTo(StoryClustering.Apart.SUBTYPE);
        assertThat(clustering.apart(military, trade)).isNull();
    }

    @Test
    void aRecapOfTheWeekendMeetsTheDayOthersNamed() {
        StoryClustering clustering = new StoryClustering(P);
        // Saturday's accord, as the detector reads one outlet's "military action"
        String saturdaySentence = "India and Pakistan agreed on Saturday to stop all firing and military action.";
        Instant saturday = Instant.parse("2026-10-31T14:00:00Z");
        EventDays.Span days = EventDays.span(saturdaySentence, null, saturday);
        StoryReport accord = new StoryReport("e1", "a-e1", "e1.com", EventType.AGREE, "asserted", "IND", "PAK",
                "military_cooperation", null, saturday, days.first(), 2.5, WORDS.of(saturdaySentence, "agreed"),
                days.last());
        // Monday's markets recap (T): "the weekend truce" is Saturday or Sunday, so the accord others call by name
        StoryReport recap = accord("e2", "ceasefire",
                "Pakistani equities rose as the weekend truce between India and Pakistan largely held.");
        assertThat(clustering.apart(accord, recap)).isNull();
        // naming no day, the recap's subtype still tells it apart
        StoryReport undated = accord("e3", "ceasefire", "Pakistani equities rose as the truce largely held.");
        assertThat(clustering.apart(accord, undated)).isEqualTo(StoryClustering.Apart.SUBTYPE);
    }

    /** T is Monday 2 November 2026, 10:00 UTC. */
    private static StoryReport namedDay(String id, String outlet, Duration later, String sentence) {
        return report(id, "a-" + id, outlet, EventType.SANCTION, "USA", "IRN", T.plus(later), sentence);
    }

    @Test
    void aRecapDaysLaterThatNamesTheSameDayJoinsThatDaysReports() {
        // Monday 2 November's blacklisting and Sunday's look-alike; on Friday two recaps name each one's day, beyond
        // the 48 h window
        List<StoryReport> reports = List.of(namedDay("e1", "a.com", Duration.ZERO, BLACKLISTED_MONDAY),
                namedDay("e2", "b.com", Duration.ZERO, BLACKLISTED_SUNDAY),
                namedDay("e3", "c.com", Duration.ofDays(4),
                        "On Monday, the US Treasury had blacklisted a network that brokered Iranian methanol."),
                namedDay("e4", "d.com", Duration.ofDays(4),
                        "On Sunday, the US Treasury had blacklisted a network that brokered Iranian methanol."));
        assertThat(clusters(reports)).containsExactly(List.of("e1", "e3"), List.of("e2", "e4"));
        List<Story> expected = stories(reports);
        for (List<StoryReport> order : ArrivalOrders.of(reports)) {
            StoryClustering clustering = new StoryClustering(P);
            Clusterings.oneByOne(clustering, order);
            assertThat(clustering.stories()).isEqualTo(expected);
        }
    }

    @Test
    void theWindowIncludesItsBoundaryAndNothingBeyond() {
        // two reports naming the same day link up to a week apart (a recap of that day), boundary included
        Duration reach = Duration.ofDays(7);
        String sentence = "The United States imposed sanctions on Iran's oil exports on November 2.";
        assertThat(clusters(List.of(namedDay("e1", "a.com", Duration.ZERO, sentence),
                namedDay("e2", "b.com", reach, sentence)))).hasSize(1);
        assertThat(clusters(List.of(namedDay("e1", "a.com", Duration.ZERO, sentence),
                namedDay("e2", "b.com", reach.plusMillis(1), sentence)))).hasSize(2);
        StoryParameters shortSanctions = P.with(null, Map.of(EventType.SANCTION, 1.0), null, null, null,
                null);
        StoryClustering clustering = new StoryClustering(shortSanctions);
        clustering.addAll(List.of(oil("e1", "a.com", Duration.ZERO), oil("e2", "b.com", Duration.ofHours(2))));
        assertThat(clustering.stories()).hasSize(2);
    }

    @Test
    void theDayASentenceNamesTellsLookAlikesApartAndJoinsParaphrases() {
        StoryClustering clustering = new StoryClustering(P);
        // one event in two outlets' own words: no content word in common, the same day named
        StoryReport monday = namedDay("e1", "a.com", Duration.ofHours(2),
                BLACKLISTED_MONDAY);
        StoryReport mondayOther = namedDay("e2", "b.com", Duration.ofHours(20),
                "The Treasury on Monday targeted traders shipping petrochemicals for Tehran.");
        assertThat(clustering.linked(monday, mondayOther)).isTrue();
        // the same words, a look-alike told of on another day
        StoryReport sunday = namedDay("e3", "c.com", Duration.ofHours(3),
                BLACKLISTED_SUNDAY);
        assertThat(clustering.linked(monday, sunday)).isFalse();
        // a report that names no day: its publication day or the day before
        StoryReport morningAfter = namedDay("e4", "d.com", Duration.ofHours(22),
                NO_DAY_NAMED);
        assertThat(clustering.linked(monday, morningAfter)).isTrue();
        // it may tell of a day two days before its publication (a recap), but joins only the nearest day's story
        assertThat(clustering.linked(sunday, morningAfter)).isTrue();
        assertThat(clusters(List.of(monday, mondayOther, sunday, morningAfter))).containsExactly(
                List.of("e1", "e2", "e4"), List.of("e3"));
        // two reports naming no day: published a day apart at most, and sharing some content words
        StoryReport twoDaysOn = namedDay("e5", "e.com", Duration.ofHours(40),
                NO_DAY_NAMED);
        StoryReport sameDayOtherWords = namedDay("e6", "f.com", Duration.ofHours(1),
                "A network of shipping agents was blacklisted.");
        StoryReport sameDayFewWords = namedDay("e7", "g.com", Duration.ofHours(1),
                "The brokers face new penalties.");
        assertThat(clustering.linked(namedDay("e8", "h.com", Duration.ZERO,
                NO_DAY_NAMED), twoDaysOn)).isFalse();
        assertThat(clustering.linked(morningAfter, sameDayOtherWords)).isFalse();
        assertThat(clustering.linked(morningAfter, sameDayFewWords)).isTrue();
    }

    @Test
    void apartNamesTheFirstCheckThatKeepsTwoReportsApart() {
        StoryClustering clustering = new StoryClustering(P);
        StoryReport monday = namedDay("e1", "a.com", Duration.ofHours(2), BLACKLISTED_MONDAY);
        assertThat(clustering.apart(monday, namedDay("e2", "b.com", Duration.ofHours(20), NO_DAY_NAMED))).isNull();
        assertThat(clustering.apart(monday, namedDay("e3", "c.com", Duration.ofHours(3), BLACKLISTED_SUNDAY)))
                .isEqualTo(StoryClustering.Apart.DAY);
        assertThat(clustering.apart(monday, namedDay("e4", "d.com", Duration.ofHours(51), BLACKLISTED_SUNDAY)))
                .isEqualTo(StoryClustering.Apart.WINDOW);
        // beyond the window, the same day named is a recap of it
        assertThat(clustering.apart(monday, namedDay("e4", "d.com", Duration.ofHours(51), BLACKLISTED_MONDAY))).isNull();
        assertThat(clustering.apart(monday, report("e5", "a-e5", "e.com", EventType.SANCTION, "IRN", "USA",
                T.plus(Duration.ofHours(2)), BLACKLISTED_MONDAY))).isEqualTo(StoryClustering.Apart.KEY);
        assertThat(clustering.apart(monday, report("e6", "a-e1", "f.com", EventType.SANCTION, "USA", "IRN",
                T.plus(Duration.ofHours(2)), BLACKLISTED_MONDAY))).isEqualTo(StoryClustering.Apart.SAME_ARTICLE);
        assertThat(clustering.apart(oil("e7", "a.com", Duration.ZERO), drones("e8", "b.com", Duration.ofHours(1))))
                .isEqualTo(StoryClustering.Apart.WORDS);
    }

    @Test
    void todayAndYesterdayAreTheWritersDayInAnUnknownTimeZone() {
        StoryClustering clustering = new StoryClustering(P);
        StoryReport monday = namedDay("e1", "a.com", Duration.ofHours(2),
                BLACKLISTED_MONDAY);
        StoryReport sunday = namedDay("e2", "b.com", Duration.ofHours(3),
                BLACKLISTED_SUNDAY);
        // an American outlet at 01:00 UTC on Tuesday: its "today" is Monday evening at home
        StoryReport americanToday = namedDay("e3", "c.com", Duration.ofHours(15),
                TARGETED_TODAY);
        assertThat(clustering.linked(monday, americanToday)).isTrue();
        assertThat(clustering.linked(sunday, americanToday)).isFalse();
        // an Australian outlet at 23:00 UTC on Monday: its "yesterday" is Monday, Tuesday morning at home
        StoryReport australianYesterday = namedDay("e4", "d.com", Duration.ofHours(13),
                "Canberra noted that Washington yesterday sanctioned petrochemical brokers.");
        assertThat(clustering.linked(monday, australianYesterday)).isTrue();
        // at 10:00 UTC every outlet from UTC-10 to UTC+13 calls Monday "today": one day, Sunday's look-alike apart
        StoryReport todayAtTen = namedDay("e5", "e.com", Duration.ZERO,
                TARGETED_TODAY);
        assertThat(clustering.linked(monday, todayAtTen)).isTrue();
        assertThat(clustering.linked(sunday, todayAtTen)).isFalse();
    }

    @Test
    void aReportNamingNoDayMayTellOfTheNextDayWhereTheWriterIsAheadOfUtc() {
        StoryClustering clustering = new StoryClustering(P);
        // Tuesday noon UTC: "on Tuesday"
        StoryReport tuesday = namedDay("e1", "a.com", Duration.ofHours(26),
                "Washington blacklisted a methanol brokerage network on Tuesday.");
        // Monday 22:00 UTC, no day named: already Tuesday 11:00 at UTC+13, so it may tell of Tuesday's event
        StoryReport lateMonday = namedDay("e2", "b.com", Duration.ofHours(12), NO_DAY_NAMED);
        assertThat(clustering.apart(tuesday, lateMonday)).isNull();
        assertThat(clustering.apart(lateMonday, tuesday)).isNull();
        // Monday 09:00 UTC: still Monday 22:00 at UTC+13, so not Tuesday's event
        StoryReport earlyMonday = namedDay("e3", "c.com", Duration.ofHours(-1), NO_DAY_NAMED);
        assertThat(clustering.apart(tuesday, earlyMonday)).isEqualTo(StoryClustering.Apart.DAY);
        // two reports naming no day still need publication days a day apart at most, whatever the hour
        StoryReport wednesdayNight = namedDay("e4", "d.com", Duration.ofHours(61), NO_DAY_NAMED);
        assertThat(clustering.apart(lateMonday, wednesdayNight)).isEqualTo(StoryClustering.Apart.WINDOW);
        assertThat(clustering.apart(earlyMonday, namedDay("e5", "e.com", Duration.ofHours(39), NO_DAY_NAMED)))
                .isEqualTo(StoryClustering.Apart.DAY);
    }

    @Test
    void anIntentAndTheActAreOneStoryWeighedAsTheActAndADenialStaysApart() {
        // Monday morning: "will impose"; later: "imposed" (two outlets); "did not impose" (a denial)
        StoryReport intent = report("e1", "a1", "a.com", EventType.SANCTION, "intent", "USA", "IRN",
                T.minus(Duration.ofHours(2)), "The United States will impose sanctions on Iran's oil exports.");
        StoryReport act = report("e2", "a2", "b.com", EventType.SANCTION, "asserted", "USA", "IRN", T,
                "The United States imposed sanctions on Iran's oil exports on Monday.");
        StoryReport actAgain = report("e3", "a3", "c.com", EventType.SANCTION, "asserted", "USA", "IRN",
                T.plus(Duration.ofHours(3)), "Washington on Monday sanctioned Iranian oil exports.");
        StoryReport denied = report("e4", "a4", "d.com", EventType.SANCTION, "negated", "USA", "IRN",
                T.plus(Duration.ofHours(1)), "The United States did not impose sanctions on Iran's oil exports on Monday.");
        List<Story> stories = stories(List.of(intent, act, actAgain, denied));
        assertThat(stories).extracting(Story::id).containsExactly("e1", "e4");
        Story story = stories.get(0);
        assertThat(story.reports()).extracting(StoryReport::eventId).containsExactly("e1", "e2", "e3");
        // the strongest modality leads: the act's weight and time, corroborated by the three outlets once
        assertThat(story.lead().eventId()).isEqualTo("e2");
        assertThat(story.firstReportedAt()).isEqualTo(T);
        assertThat(story.contribution()).isEqualTo(-6.0 * Corroboration.factor(3, P));
        // an intent alone is a story of its own, at half the weight
        Story alone = Story.of(List.of(intent), P);
        assertThat(alone.lead()).isEqualTo(intent);
        assertThat(alone.contribution()).isEqualTo(-3.0);
    }

    @Test
    void twoReportsOfOneArticleNeverLinkButJoinThroughAnother() {
        StoryReport first = report("e1", "same", "a.com", EventType.SANCTION, "USA", "IRN", T,
                "sanctions on Iran's oil exports");
        StoryReport second = report("e2", "same", "a.com", EventType.SANCTION, "USA", "IRN", T.plusSeconds(60),
                "sanctions on Iran's oil exports, officials said");
        assertThat(clusters(List.of(first, second))).hasSize(2);
        StoryReport other = report("e3", "other", "a.com", EventType.SANCTION, "USA", "IRN", T,
                "new sanctions on Iranian oil exports");
        List<Story> stories = stories(List.of(first, second, other));
        assertThat(stories).hasSize(1);
        // one outlet, three reports: no corroboration
        assertThat(stories.get(0).outletCount()).isEqualTo(1);
        assertThat(stories.get(0).corroboration()).isEqualTo(1.0);
    }

    @Test
    void symmetricTypesIgnoreDirectionOthersDoNot() {
        StoryReport agreeAb = report("e1", "a1", "a.com", EventType.AGREE, "USA", "IRN", T, "signed an accord");
        StoryReport agreeBa = report("e2", "a2", "b.com", EventType.AGREE, "IRN", "USA", T, "signed an accord");
        StoryReport sanctionAb = report("e3", "a3", "a.com", EventType.SANCTION, "USA", "IRN", T, "oil exports");
        StoryReport sanctionBa = report("e4", "a4", "b.com", EventType.SANCTION, "IRN", "USA", T, "oil exports");
        assertThat(clusters(List.of(agreeAb, agreeBa))).hasSize(1);
        assertThat(clusters(List.of(sanctionAb, sanctionBa))).hasSize(2);
    }

    @Test
    void storyIsAFunctionOfItsReports() {
        List<StoryReport> reports = List.of(oil("e9", "a.com", Duration.ofHours(1)), oil("e2", "b.com",
                Duration.ofHours(1)), oil("e5", "www.b.com".replace("www.", ""), Duration.ofHours(3)));
        Story story = Story.of(reports, P);
        assertThat(story.id()).isEqualTo("e2");
        assertThat(story.lead().eventId()).isEqualTo("e2");
        assertThat(story.outlets()).containsExactly("a.com", "b.com");
        assertThat(story.contribution()).isEqualTo(-6.0 * 1.25);
        assertThat(story.lastReportedAt()).isEqualTo(T.plus(Duration.ofHours(3)));
        assertThat(Story.of(List.of(reports.get(2), reports.get(0), reports.get(1)), P)).isEqualTo(story);
        assertThat(reports.stream().map(StoryReport::eventId).collect(Collectors.toSet())).hasSize(3);
    }
}
