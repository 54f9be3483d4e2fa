package org.entente.relations.stories;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an event happened, as its evidence sentence tells it relative to the article's publication time (the
 * event's {@code eventTime}): "on Tuesday", "yesterday", "Oct 2", "10 March 2023". An event's {@code eventTime} is
 * when the article was published, which for a report written the morning after, or a background sentence in a later
 * piece, is not the day of the event; two look-alike events a day apart (a strike on Tuesday, another on Thursday)
 * are told apart by the day their sentences name. Null when the sentence names no day.
 *
 * <p>
 * A day named after "after", "since", "following", "before", "ahead of" or "until" is the day of another
 * event (the strike the recall answered, the invasion the sanctions followed), so only the words before the first
 * of those are read. Read in this order, the first that matches wins: a weekday (the event most recent on or before the
 * publication
 * day, within the six days before it, or the day after it: an outlet ahead of UTC may already call it tomorrow);
 * {@code yesterday}, {@code today}, {@code tonight}; a month and day ("March 10", "10 March", "Sept. 28", with or
 * without a year; without one, the publication year, or the year before when that would lie more than a day
 * ahead). A weekday goes first because a dateline ("PARIS, March 10 (Meridian) -") gives the day of writing, the
 * weekday the day of the event. When none of these is named, "the weekend" names its Saturday and Sunday
 * ({@link #weekend}; {@link #span} only).
 */
public final class EventDays {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("jan", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /**
     * Words after which a sentence tells of another event: a conjunction of time, or a relative clause about a person
     * ("signed in Kigali by Priti Patel, who arrived in the capital on Wednesday evening": her arrival's day).
     */
    private static final Pattern OTHER_EVENT = Pattern
            .compile("\\b(after|since|following|before|ahead of|until)\\b|,\\s+(?:who|whose|whom)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tonight)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+([0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?");
    private static final Pattern WEEKEND = Pattern.compile("\\b(?:(this|next|coming)\\s+)?weekend\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b([0-3]?\\d)(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+((?:19|20)\\d\\d)\\b)?");

    private EventDays() {
    }

    /**
     * The earliest local time an outlet may write at, behind UTC (Hawaii, UTC-10), and the latest, ahead of it (New
     * Zealand's summer time and Tonga, UTC+13): "today" and "yesterday" are the writer's local day, not UTC's.
     */
    static final Duration BEHIND_UTC = Duration.ofHours(10);
    static final Duration AHEAD_OF_UTC = Duration.ofHours(13);

    /** The days a sentence may name: one day, or two for "today"/"yesterday" read in an unknown time zone. */
    public record Span(LocalDate first, LocalDate last) {
    }

    /**
     * The days the sentence may mean for its event, or null when it names none. A weekday or a month and day is one
     * day ({@link #of}). "Today", "tonight" and "yesterday" are the writer's local day: published at 01:00 UTC
     * on a Tuesday, an American outlet's "today" is Monday, and at 23:00 UTC on a Monday an Australian outlet's
     * "yesterday" is Monday. So they span the local days of the publication instant from UTC-10 to UTC+13 (two days,
     * which two depending on the hour), moved back one for "yesterday". A weekday needs no such span: it names the day
     * outright, and the week is the one before publication ({@link #of}). A month and day without a year a few weeks
     * ahead is a plan: from the publication day to that day ({@link #plannedDay}). A sentence naming none of these
     * but "the weekend" spans that weekend's Saturday and Sunday ({@link #weekend}). The day after publication spans
     * from the publication day: a writer ahead of UTC already calls it by that name, or the sentence tells of a plan
     * announced that day ("will close the crossings from midnight on Friday", written on Thursday, is Thursday's
     * decision in another outlet's "Finland said on Thursday it would close ..."). An act "late on Saturday" or on
     * "Saturday night" runs into Sunday, which other outlets name ("clashes overnight into Sunday"), so it spans both.
     */
    public static Span span(String sentence, String trigger, Instant published) {
        LocalDate day = of(sentence, trigger, published);
        if (day == null) {
            return weekend(sentence, trigger, published);
        }
        String relative = relativeWord(sentence, trigger);
        if (relative == null) {
            LocalDate publishedDay = published.atOffset(ZoneOffset.UTC).toLocalDate();
            LocalDate planned = plannedDay(sentence, trigger, published);
            if (planned != null) {
                return new Span(publishedDay, planned);
            }
            if (day.equals(publishedDay.plusDays(1))) {
                return new Span(publishedDay, day);
            }
            return lateInTheDay(sentence, trigger) ? new Span(day, day.plusDays(1)) : new Span(day, day);
        }
        long back = relative.equals("yesterday") ? 1 : 0;
        return new Span(published.minus(BEHIND_UTC).atOffset(ZoneOffset.UTC).toLocalDate().minusDays(back),
                published.plus(AHEAD_OF_UTC).atOffset(ZoneOffset.UTC).toLocalDate().minusDays(back));
    }

    /**
     * The Saturday and Sunday a sentence's "weekend" names, or null when it names none or names one ahead: a recap
     * written on the Monday after a Saturday accord ("after the weekend truce largely held", "Ottawa announced
     * retaliation over the weekend") tells of that Saturday or Sunday, which other outlets name outright; read as no
     * day at all it could only meet a day named on its publication day or the day before, and never did. Published on
     * a Saturday or Sunday (UTC), "the weekend" is the one under way; published on a weekday, the one just past, as
     * news tells of what happened ("next weekend" and "the coming weekend" are plans, and "this weekend" on a weekday
     * may be either, so they name no day). Read only when the sentence names no weekday, relative day or month and
     * day, which are more precise.
     */
    static Span weekend(String sentence, String trigger, Instant published) {
        if (sentence == null || published == null) {
            return null;
        }
        Matcher weekend = WEEKEND.matcher(ownPhrase(sentence.toLowerCase(Locale.ROOT), trigger));
        if (!weekend.find()) {
            return null;
        }
        LocalDate day = published.atOffset(ZoneOffset.UTC).toLocalDate();
        boolean onAWeekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        String which = weekend.group(1);
        if ("next".equals(which) || "coming".equals(which) || ("this".equals(which) && !onAWeekend)) {
            return null;
        }
        LocalDate saturday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new Span(saturday, saturday.plusDays(1));
    }

    private static final Pattern LATE = Pattern.compile(
            "\\blate\\s+(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                    + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+late|\\s+night|'s\\s+late)\\b");

    /** Whether the event's own phrase puts its weekday late in the day or at night: "late on Saturday", "Friday night". */
    static boolean lateInTheDay(String sentence, String trigger) {
        return LATE.matcher(ownPhrase(sentence.toLowerCase(Locale.ROOT), trigger)).find();
    }

    /** How far ahead of publication a month and day without a year is read as the day a plan is for. */
    static final int PLANNED_DAYS_AHEAD = 31;

    /**
     * The day a plan is for, when the sentence's day is a month and day without a year that lies more than a day and
     * at most {@link #PLANNED_DAYS_AHEAD} days after publication ("the two leaders will meet on January 9", published
     * on 2 January), else null. {@link #of} reads such a day in the year before, as a past event's; but a news
     * sentence naming a day a few weeks ahead tells of a plan, announced on its publication day for that day, so
     * {@link #span} gives it both: from its publication day to the planned day.
     */
    static LocalDate plannedDay(String sentence, String trigger, Instant published) {
        String text = ownPhrase(sentence.toLowerCase(Locale.ROOT), trigger);
        if (WEEKDAY.matcher(text).find() || RELATIVE.matcher(text).find()) {
            return null;
        }
        LocalDate day = published.atOffset(ZoneOffset.UTC).toLocalDate();
        return firstMonthAndDay(sentence, text, (month, dayOfMonth, year) -> ahead(day, month, dayOfMonth, year));
    }

    private static LocalDate ahead(LocalDate published, String month, String dayOfMonth, String year) {
        LocalDate past = dated(published, month, dayOfMonth, year);
        if (year != null || past == null) {
            return null;
        }
        LocalDate next = past.plusYears(1);
        return next.getDayOfMonth() == past.getDayOfMonth() && next.isAfter(published.plusDays(1))
                && !next.isAfter(published.plusDays(PLANNED_DAYS_AHEAD)) ? next : null;
    }

    /** The relative word ("yesterday", "today", "tonight") that gives the sentence's day, or null when none does. */
    private static String relativeWord(String sentence, String trigger) {
        String text = ownPhrase(sentence.toLowerCase(Locale.ROOT), trigger);
        if (WEEKDAY.matcher(text).find()) {
            return null;
        }
        Matcher relative = RELATIVE.matcher(text);
        return relative.find() ? relative.group(1) : null;
    }

    /**
     * The part of the (lower-cased) sentence that tells of the event itself. Words after "after", "since", ... tell
     * of another event, unless the event's own trigger stands there: in "markets rose, the first session since
     * Friday's agreement" the agreement is the event, and its day is the one after "since"; in "Algeria closed its
     * airspace, a day after Algiers recalled its ambassador" the recall's day is not the closure's. So the text is
     * cut at the other-event words around the trigger: from the last one before it to the next one after it, or, when
     * the trigger comes first or cannot be placed, up to the first one.
     */
    static String ownPhrase(String text, String trigger) {
        Matcher other = OTHER_EVENT.matcher(text);
        if (!other.find()) {
            return text;
        }
        int first = other.start();
        int at = triggerAt(text, trigger);
        if (at < first) {
            return text.substring(0, first);
        }
        int from = first;
        int to = text.length();
        while (other.find()) {
            if (other.start() < at) {
                from = other.start();
            } else {
                to = other.start();
                break;
            }
        }
        return text.substring(from, to);
    }

    /** Where the trigger's first word stands in the text as a whole word, or -1. */
    private static int triggerAt(String text, String trigger) {
        if (trigger == null || trigger.isBlank()) {
            return -1;
        }
        String word = trigger.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** @return the day the sentence names for its event (a relative word read in UTC), or null when it names none */
    public static LocalDate of(String sentence, String trigger, Instant published) {
        if (sentence == null || published == null) {
            return null;
        }
        String text = ownPhrase(sentence.toLowerCase(Locale.ROOT), trigger);
        LocalDate day = published.atOffset(ZoneOffset.UTC).toLocalDate();
        Matcher weekday = WEEKDAY.matcher(text);
        if (weekday.find()) {
            DayOfWeek named = WEEKDAYS.get(weekday.group(1));
            if (day.plusDays(1).getDayOfWeek() == named) {
                return day.plusDays(1);
            }
            LocalDate back = day;
            while (back.getDayOfWeek() != named) {
                back = back.minusDays(1);
            }
            return back;
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.find()) {
            return relative.group(1).equals("yesterday") ? day.minusDays(1) : day;
        }
        return firstMonthAndDay(sentence, text, (month, dayOfMonth, year) -> dated(day, month, dayOfMonth, year));
    }

    /** Reads a month, a day of the month and an optional year into a day. */
    private interface DayReader {
        LocalDate read(String month, String dayOfMonth, String year);
    }

    /** The first "March 4" or "4 March" (a real month, not a name) in {@code text}, read by {@code reader}, or null. */
    private static LocalDate firstMonthAndDay(String sentence, String text, DayReader reader) {
        Matcher monthDay = MONTH_DAY.matcher(text);
        while (monthDay.find()) {
            if (isMonth(sentence, monthDay.start(1))) {
                return reader.read(monthDay.group(1), monthDay.group(2), monthDay.group(3));
            }
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        while (dayMonth.find()) {
            if (isMonth(sentence, dayMonth.start(2))) {
                return reader.read(dayMonth.group(2), dayMonth.group(1), dayMonth.group(3));
            }
        }
        return null;
    }

    /**
     * A month's name is capitalised in English; "may 10" is more likely the verb. (Lower-casing kept the
     * sentence's length for every text but a few scripts; there the offsets do not line up and any case passes.)
     */
    private static boolean isMonth(String sentence, int at) {
        return at >= sentence.length() || sentence.toLowerCase(Locale.ROOT).length() != sentence.length()
                || Character.isUpperCase(sentence.charAt(at));
    }

    private static LocalDate dated(LocalDate published, String month, String dayOfMonth, String year) {
        Month m = MONTHS.get(month.substring(0, 3));
        int d = Integer.parseInt(dayOfMonth);
        if (m == null || d < 1 || d > m.maxLength()) {
            return null;
        }
        int y = year != null ? Integer.parseInt(year) : published.getYear();
        if (d > m.length(java.time.Year.isLeap(y))) {
            return null;
        }
        LocalDate named = LocalDate.of(y, m, d);
        if (year == null && named.isAfter(published.plusDays(1))) {
            LocalDate before = named.minusYears(1);
            return before.getDayOfMonth() == d ? before : null;
        }
        return named;
    }
}
