package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EventDaysTest {

    /** A Wednesday. */
    private static final Instant WED = Instant.parse("2023-12-27T20:30:00Z");

    private static LocalDate day(String sentence) {
        return EventDays.of(sentence, null, WED);
    }

    @Test
    void aWeekdayIsTheLastSuchDayUpToPublicationOrTheNextDay() {
        assertThat(day("Blinken met Lopez Obrador on Wednesday.")).isEqualTo("2023-12-27");
        assertThat(day("The talks were held Monday in Mexico City.")).isEqualTo("2023-12-25");
        assertThat(day("Officials said on Thursday they had agreed.")).isEqualTo("2023-12-28");
        assertThat(day("The strike on Friday killed two.")).isEqualTo("2023-12-22");
        assertThat(day("Friday's meeting in Paris ended the row.")).isEqualTo("2023-12-22");
    }

    @Test
    void aRelativeClauseAboutAPersonTellsOfTheirDayNotTheEvents() {
        Instant friday = Instant.parse("2022-04-15T07:20:00Z");
        // Patel's arrival was on Wednesday; the signing names no day of its own
        assertThat(EventDays.span("The agreement was signed in Kigali by Foreign Affairs Minister Vincent Biruta and "
                + "British Home Secretary Priti Patel, who arrived in the capital on Wednesday evening.", "signed", friday))
                .isNull();
        // the event's own trigger in the clause: its day is the clause's
        assertThat(EventDays.span("Britain's Home Secretary Priti Patel, who signed the deal on Thursday, defended it.",
                "signed", friday)).isEqualTo(new EventDays.Span(LocalDate.parse("2022-04-14"), LocalDate.parse("2022-04-14")));
    }

    @Test
    void yesterdayTodayAndMonthDays() {
        assertThat(day("Iran said yesterday it recalled its envoy.")).isEqualTo("2023-12-26");
        assertThat(day("The ministers meet today.")).isEqualTo("2023-12-27");
        assertThat(day("MEXICO CITY, Dec 27 (Meridian) - U.S. officials met Mexico's president.")).isEqualTo("2023-12-27");
        assertThat(day("The pact was signed on 20 December.")).isEqualTo("2023-12-20");
        assertThat(day("The pact was signed on Sept. 28, 2021.")).isEqualTo("2021-09-28");
        // a month and day after the publication day lies in the year before
        assertThat(day("The deal of December 29 was the first.")).isEqualTo("2022-12-29");
    }

    @Test
    void theWeekendIsItsSaturdayAndSundayWhenNoOtherDayIsNamed() {
        EventDays.Span past = new EventDays.Span(LocalDate.parse("2023-12-23"), LocalDate.parse("2023-12-24"));
        // published on a Wednesday: the weekend just past
        assertThat(EventDays.span("Ottawa announced retaliation over the weekend.", null, WED)).isEqualTo(past);
        assertThat(EventDays.span("Shares rose as the weekend truce largely held.", null, WED)).isEqualTo(past);
        // published on the Saturday or the Sunday: the weekend under way
        assertThat(EventDays.span("The ministers met this weekend.", null, Instant.parse("2023-12-24T08:00:00Z")))
                .isEqualTo(past);
        assertThat(EventDays.span("The ministers met at the weekend.", null, Instant.parse("2023-12-23T08:00:00Z")))
                .isEqualTo(past);
        // a weekend ahead is a plan, not a day told: no day
        assertThat(EventDays.span("The ministers will meet next weekend.", null, WED)).isNull();
        assertThat(EventDays.span("The ministers will meet this weekend.", null, WED)).isNull();
        // a weekday is more precise and wins; "weekends" names no weekend
        assertThat(EventDays.span("The truce agreed on Saturday held over the weekend.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-23"), LocalDate.parse("2023-12-23")));
        assertThat(EventDays.span("The border is closed on weekends.", null, WED)).isNull();
        // the weekend of another event, after "after", is not the event's
        assertThat(EventDays.span("Algeria closed its airspace after the weekend recall.", "closed", WED)).isNull();
    }

    @Test
    void todayAndYesterdaySpanTheLocalDaysFromUtcMinusTenToUtcPlusThirteen() {
        // 20:30 UTC on Wednesday: already Thursday from UTC+3:30 east
        assertThat(EventDays.span("The ministers meet today.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-27"), LocalDate.parse("2023-12-28")));
        assertThat(EventDays.span("Iran said yesterday it recalled its envoy.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-26"), LocalDate.parse("2023-12-27")));
        // 05:00 UTC on Wednesday: still Tuesday from UTC-5:00 west
        assertThat(EventDays.span("The ministers meet today.", null, Instant.parse("2023-12-27T05:00:00Z")))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-26"), LocalDate.parse("2023-12-27")));
        // 10:00 UTC: Wednesday everywhere from UTC-10 to UTC+13
        assertThat(EventDays.span("The ministers meet today.", null, Instant.parse("2023-12-27T10:00:00Z")))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-27"), LocalDate.parse("2023-12-27")));
        // a weekday or a month and day is one day; a weekday wins over "today" as in of()
        assertThat(EventDays.span("Officials said today the talks were held on Monday.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-25"), LocalDate.parse("2023-12-25")));
        assertThat(EventDays.span("The pact was signed on 20 December.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-20"), LocalDate.parse("2023-12-20")));
        assertThat(EventDays.span("The pact was signed.", null, WED)).isNull();
    }

    @Test
    void aMonthAndDayWithoutAYearAFewWeeksAheadIsAPlanFromPublicationToThatDay() {
        // published Wednesday 27 December 2023: 9 January is 2024's, a plan told that day
        assertThat(EventDays.span("The leaders will meet on January 9 in Geneva.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-27"), LocalDate.parse("2024-01-09")));
        assertThat(EventDays.span("Talks are set for 20 January.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-27"), LocalDate.parse("2024-01-20")));
        // a year given, or more than 31 days ahead, or a weekday named: one day, as before
        assertThat(EventDays.span("The pact was signed on January 9, 2023.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-01-09"), LocalDate.parse("2023-01-09")));
        assertThat(EventDays.span("The pact of March 1 was the first.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-03-01"), LocalDate.parse("2023-03-01")));
        assertThat(EventDays.span("On Monday the leaders set talks for January 9.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-25"), LocalDate.parse("2023-12-25")));
        // the day after publication is read in its year, and spans from the publication day (below)
        assertThat(EventDays.span("The leaders meet on December 28.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-27"), LocalDate.parse("2023-12-28")));
    }

    @Test
    void theDayAfterPublicationSpansFromThePublicationDay() {
        EventDays.Span wednesdayToThursday = new EventDays.Span(LocalDate.parse("2023-12-27"), LocalDate.parse("2023-12-28"));
        // a plan announced on Wednesday for Thursday, which another outlet dates by the announcement
        assertThat(EventDays.span("Finland will close four crossing points from midnight on Thursday, the prime minister said.",
                null, WED)).isEqualTo(wednesdayToThursday);
        // the writer's Thursday ahead of UTC at 20:30 UTC on Wednesday
        assertThat(EventDays.span("Officials said on Thursday they had agreed.", null, WED)).isEqualTo(wednesdayToThursday);
        // a weekday of the days before stays one day
        assertThat(EventDays.span("The talks were held Monday in Mexico City.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-25"), LocalDate.parse("2023-12-25")));
    }

    @Test
    void anActLateInTheDayOrAtNightRunsIntoTheNextDay() {
        EventDays.Span saturdayToSunday = new EventDays.Span(LocalDate.parse("2023-12-23"), LocalDate.parse("2023-12-24"));
        assertThat(EventDays.span("Pakistani and Afghan forces fought intense battles late on Saturday.", null, WED))
                .isEqualTo(saturdayToSunday);
        assertThat(EventDays.span("Drones struck the port late Saturday, officials said.", null, WED))
                .isEqualTo(saturdayToSunday);
        assertThat(EventDays.span("The shelling began on Saturday night.", null, WED)).isEqualTo(saturdayToSunday);
        // by day, or in the evening, it stays that day; lateness after "after" is another event's
        assertThat(EventDays.span("Forces fought on Saturday.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-23"), LocalDate.parse("2023-12-23")));
        assertThat(EventDays.span("The leaders met on Saturday evening.", null, WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-23"), LocalDate.parse("2023-12-23")));
        assertThat(EventDays.span("Troops fired on Saturday, after talks broke down late on Friday.", "fired", WED))
                .isEqualTo(new EventDays.Span(LocalDate.parse("2023-12-23"), LocalDate.parse("2023-12-23")));
    }

    @Test
    void theDayOfAnotherEventIsNotTheDayOfThisOne() {
        assertThat(day("Pakistan recalled its envoy after Iran's strike in Balochistan on January 16.")).isNull();
        assertThat(day("Britain imposed the most sweeping sanctions since the invasion on 24 February.")).isNull();
        assertThat(day("The envoy was recalled on Tuesday, after a strike on Monday.")).isEqualTo("2023-12-26");
    }

    @Test
    void anEventToldAfterSinceOrAfterTakesTheDayOfItsOwnPhrase() {
        String markets = "Gulf markets rose on Monday, the first session since Friday's agreement between Riyadh and Tehran.";
        assertThat(EventDays.of(markets, "agreement", WED)).isEqualTo("2023-12-22");
        assertThat(EventDays.of(markets, "rose", WED)).isEqualTo("2023-12-25");
        String strikes = "Israel struck air defences on Tuesday, after Iran fired missiles on Sunday, before talks on Friday.";
        assertThat(EventDays.of(strikes, "fired missiles", WED)).isEqualTo("2023-12-24");
        assertThat(EventDays.of(strikes, "struck", WED)).isEqualTo("2023-12-26");
        // the trigger's word must stand whole: "fire" is not found in "fired", so the text before "after" is read
        assertThat(EventDays.of(strikes, "fire", WED)).isEqualTo("2023-12-26");
        assertThat(EventDays.of("Algeria closed its airspace, a day after Algiers recalled its envoy on Saturday.",
                "recalled envoy", WED)).isEqualTo("2023-12-23");
    }

    @Test
    void aSentenceWithoutADayHasNone() {
        assertThat(day("Britain will pay Rwanda 120 million pounds.")).isNull();
        assertThat(day("Troops may 10 times exceed the limit.")).isNull();
        assertThat(day("The talks of May 10 failed.")).isEqualTo("2023-05-10");
        assertThat(day("The strike came on February 30.")).isNull();
        assertThat(EventDays.of(null, null, WED)).isNull();
    }
}
