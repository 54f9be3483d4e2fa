package org.entente.relations.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.relations.domain.StoryParameters;

/**
 * Clusters reports into story events: single-linkage connected components over linked reports. Two
 * reports are linked when they have the same key (type, modality, pair; direction too unless the type
 * is symmetric), their event times are at most the type's window apart (inclusive), they come from
 * different articles, the days their sentences name agree, and nothing tells them apart (see
 * {@link #linked}). The relation is symmetric and a function of the two reports alone. Components only ever grow
 * or merge as reports arrive, and a component is a function of the set of reports, so the stories do
 * not depend on arrival order. Plain Java: the consumer feeds it one report at a time, the recompute
 * feeds it a whole pair.
 */
public final class StoryClustering {

    private static final String GENERIC_SUBTYPE = "treaty";
    private static final String MILITARY_SUBTYPE = "military_cooperation";

    private final StoryParameters parameters;
    private final Map<String, NavigableSet<StoryReport>> byKey = new HashMap<>();
    private final Map<String, Story> storyOfEvent = new HashMap<>();

    public StoryClustering(StoryParameters parameters) {
        this.parameters = parameters;
    }

    /** Adds every report; for the recompute and for restoring stories already stored. */
    public void addAll(Collection<StoryReport> reports) {
        for (StoryReport report : reports) {
            add(report);
        }
    }

    /** @return what the report changed, or null when a report with its event id is already known */
    public StoryChange add(StoryReport report) {
        if (storyOfEvent.containsKey(report.eventId())) {
            return null;
        }
        NavigableSet<StoryReport> sameKey = byKey.computeIfAbsent(report.key(parameters),
                k -> new TreeSet<>(Story.REPORT_ORDER));
        long window = parameters.windowMillis(report.type());
        Set<Story> joined = new LinkedHashSet<>();
        for (StoryReport other : near(sameKey, report.eventTime(), window)) {
            if (linked(report, other)) {
                joined.add(storyOfEvent.get(other.eventId()));
            }
        }
        List<StoryReport> members = new ArrayList<>();
        for (Story story : joined) {
            members.addAll(story.reports());
        }
        members.add(report);
        Story merged = Story.of(members, parameters);
        for (StoryReport member : members) {
            storyOfEvent.put(member.eventId(), merged);
        }
        sameKey.add(report);
        List<Story> replaced = new ArrayList<>(joined);
        replaced.sort((a, b) -> a.id().compareTo(b.id()));
        return new StoryChange(List.copyOf(replaced), merged);
    }

    private static Collection<StoryReport> near(NavigableSet<StoryReport> sameKey, Instant at, long windowMillis) {
        StoryReport from = probe(at.minusMillis(windowMillis), "");
        StoryReport to = probe(at.plusMillis(windowMillis), "\uffff");
        return sameKey.subSet(from, true, to, true);
    }

    private static StoryReport probe(Instant at, String id) {
        return new StoryReport(id, "", "", null, "", "", "", null, null, at, null, 0, Set.of());
    }

    /**
     * Whether two reports of the same key are reports of one event. Both within the window; from
     * different articles (two reports of one article never corroborate each other: an article that
     * tells of two sanctions tells of two events); no conflicting detail: different subtypes
     * ({@link #conflicting}; not {@code military_cooperation} against another subtype when both name the same day,
     * {@link #militaryWordOnTheSameDay}), or CAMEO codes of different roots (three digits), when both reports carry
     * one. Then the day of the event
     * ({@link StoryReport#eventDay()}, from the sentence) decides:
     * <ul>
     * <li>both name a day: linked exactly when it is the same day (two outlets telling one event in their
     * own words share few words but name its day; two look-alike strikes a day apart do not); "today" and
     * "yesterday" name either of two days, as the writer's time zone is not known ({@link EventDays#span});</li>
     * <li>one names a day: linked when that day is the other's publication day or the day before, or the day after
     * when the other was published late enough in the UTC day to be the next day at UTC+13 (the writer's time zone is
     * not known, as for "today");</li>
     * <li>neither does: published on the same or the next day, and sentences sharing enough content
     * words ({@link StoryParameters#minSimilarity}).</li>
     * </ul>
     */
    public boolean linked(StoryReport a, StoryReport b) {
        return apart(a, b) == null;
    }

    /** Why two reports are not one event: the first check of {@link #linked} that keeps them apart. */
    public enum Apart {
        /** another type, pair or direction, or negated against not negated */
        KEY,
        /** one article: two reports of it never corroborate each other */
        SAME_ARTICLE,
        /** event times further apart than the type's window */
        WINDOW,
        /** two different subtypes, neither {@code treaty} (nor {@code military_cooperation} on the same named day) */
        SUBTYPE,
        /** CAMEO codes of different roots */
        CAMEO,
        /** the days the sentences name (or their publication days) do not meet */
        DAY,
        /** neither names a day and their sentences share too few content words */
        WORDS
    }

    /** @return null when {@link #linked}, else the first reason the two reports are kept apart */
    public Apart apart(StoryReport a, StoryReport b) {
        if (!a.key(parameters).equals(b.key(parameters))) {
            return Apart.KEY;
        }
        if (a.articleId().equals(b.articleId())) {
            return Apart.SAME_ARTICLE;
        }
        long apart = Math.abs(a.eventTime().toEpochMilli() - b.eventTime().toEpochMilli());
        if (apart > parameters.windowMillis(a.type())) {
            return Apart.WINDOW;
        }
        if (conflicting(a.subtype(), b.subtype()) && !militaryWordOnTheSameDay(a, b)) {
            return Apart.SUBTYPE;
        }
        if (a.cameoCode() != null && b.cameoCode() != null && a.cameoCode().length() >= 3
                && b.cameoCode().length() >= 3 && !a.cameoCode().startsWith(b.cameoCode().substring(0, 3))) {
            return Apart.CAMEO;
        }
        if (dayFrom(a).isAfter(dayTo(b, a)) || dayFrom(b).isAfter(dayTo(a, b))) {
            return Apart.DAY;
        }
        boolean named = a.eventDay() != null || b.eventDay() != null;
        return named || ContentWords.overlap(a.words(), b.words()) >= parameters.minSimilarity() ? null : Apart.WORDS;
    }

    /**
     * Two subtypes tell events apart when both are known, differ, and neither is {@code treaty}: nlp-service
     * gives {@code treaty} to an accord whose sentence says nothing more specific ("agreed ... in an accord"),
     * so another outlet's "trade pact" or "defence pact" may be the same accord; a trade deal and a ceasefire
     * never are.
     */
    static boolean conflicting(String a, String b) {
        return a != null && b != null && !a.equals(b) && !a.equals(GENERIC_SUBTYPE) && !b.equals(GENERIC_SUBTYPE);
    }

    /**
     * Whether a subtype disagreement is the subtype detector's reading of one word rather than two accords: one report
     * is {@code military_cooperation} and both name the same day. nlp-service gives {@code military_cooperation} to an
     * accord whose sentence names no ceasefire or defence pact but says "military" ("agreed to stop all firing and
     * military action", "the two generals agreed", seen as such against other outlets' "ceasefire" on the story corpus's
     * dev half); the same day named, the same pair and type, it is the accord other outlets call by its name. Without a
     * day named on both sides the subtypes still tell the accords apart.
     */
    static boolean militaryWordOnTheSameDay(StoryReport a, StoryReport b) {
        return (MILITARY_SUBTYPE.equals(a.subtype()) || MILITARY_SUBTYPE.equals(b.subtype())) && a.eventDay() != null
                && b.eventDay() != null && !a.eventDay().isAfter(b.lastEventDay())
                && !b.eventDay().isAfter(a.lastEventDay());
    }

    /**
     * The first day a report may tell of: the first day it may name ("today" in an unknown time zone may be two),
     * else the day before its publication (a report
     * written the morning after its event).
     */
    private static LocalDate dayFrom(StoryReport r) {
        return r.eventDay() != null ? r.eventDay() : publicationDay(r).minusDays(1);
    }

    /**
     * The last day a report may tell of, against another report: the last day it may name; else, when the other names
     * a day, the writer's local day at UTC+13 ({@link EventDays#AHEAD_OF_UTC}): published at 22:00 UTC on a Monday, an
     * outlet in Asia or Oceania may tell of that Tuesday's event, which another outlet names "on Tuesday"; else (the
     * other names no day either) its publication day.
     */
    private static LocalDate dayTo(StoryReport r, StoryReport other) {
        if (r.eventDay() != null) {
            return r.lastEventDay();
        }
        return other.eventDay() != null ? r.eventTime().plus(EventDays.AHEAD_OF_UTC).atOffset(ZoneOffset.UTC).toLocalDate()
                : publicationDay(r);
    }

    private static LocalDate publicationDay(StoryReport r) {
        return r.eventTime().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public Story storyOf(String eventId) {
        return storyOfEvent.get(eventId);
    }

    /** Every story, by id. */
    public List<Story> stories() {
        TreeMap<String, Story> byId = new TreeMap<>();
        for (Story story : storyOfEvent.values()) {
            byId.put(story.id(), story);
        }
        return List.copyOf(byId.values());
    }
}
