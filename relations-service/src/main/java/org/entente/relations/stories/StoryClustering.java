package org.entente.relations.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.StoryParameters;

/**
 * Clusters reports into story events. Two reports are linked when they have the same key (type, modality, pair;
 * direction too unless the type is symmetric), their event times are at most the type's window apart (inclusive),
 * they come from different articles, the days their sentences name agree, and nothing tells them apart (see
 * {@link #linked}). The relation is symmetric and a function of the two reports alone. Linked reports form
 * components (single linkage) that only ever grow or merge as reports arrive; a component's stories are a function
 * of its set of reports ({@link StoryPartition}: a report naming no day never joins two groups of reports that name
 * days), so the stories do not depend on arrival order. A new report may merge components, and with them split or
 * move stories: {@link #add} recomputes the component it lands in and tells which stories left and which came.
 * Plain Java: the consumer feeds it one report at a time, the recompute feeds it a whole pair.
 */
public final class StoryClustering {

    private static final String GENERIC_SUBTYPE = "treaty";
    private static final String MILITARY_SUBTYPE = "military_cooperation";
    /**
     * How far apart in publication two reports naming the same day may be and still link beyond the type's window: a
     * recap written days later that names the day ("On Tuesday, the US Treasury had blacklisted ...", published on the
     * Saturday). A weekday is read within the six days before publication ({@link EventDays}), so a week.
     */
    static final long RECAP_REACH_MILLIS = 7 * 86_400_000L;

    /** How many days before its publication a report naming no day may tell of a day another report names. */
    static final int DAYS_BACK_TO_A_NAMED_DAY = 2;

    /**
     * Acts that go on (docs/tie-strength.md, "Ongoing acts"): a war's fighting, a campaign of strikes, a blockade or
     * closed border, a deployment, a sanctions regime. A report naming no day of its own may tell of one long after the
     * day other reports named for it.
     */
    static final Set<EventType> ONGOING_TYPES = EnumSet.of(EventType.FIGHT, EventType.ASSAULT, EventType.COERCE,
            EventType.MOBILIZE, EventType.SANCTION);
    /**
     * How long after a day named for an ongoing act a report naming no day may still be a report of that act: a year,
     * the coding guide's line between an act of the sentence and an earlier year's background
     * (docs/event-coding.md).
     */
    static final int ONGOING_REACH_DAYS = 365;
    private static final long ONGOING_REACH_MILLIS = ONGOING_REACH_DAYS * 86_400_000L;

    /**
     * How far from a batch's new reports the store looks for stored reports they may link to within their window or
     * as a recap of the same named day: the widest window, or the recap's reach.
     */
    public static long lookupMillis(StoryParameters parameters) {
        return recapReach(parameters.maxWindowMillis());
    }

    /**
     * How far apart in event time two reports of this type may be and still link: the type's window, or for an
     * ongoing act the reach of a mention naming no day ({@link #ongoingMention}).
     */
    public static long reachMillis(StoryParameters parameters, EventType type) {
        long window = recapReach(parameters.windowMillis(type));
        return ONGOING_TYPES.contains(type) ? Math.max(window, ONGOING_REACH_MILLIS) : window;
    }

    /** Two linked reports of one component, by event id. */
    record Link(String a, String b) {
    }

    /**
     * Linked reports, their links and their stories; the id is the smallest event id of its reports. Compared by
     * identity. The links are kept so that a new report costs its own links, not those of every pair of the component
     * again (docs/reports/stories-2026-12-06-sr2.md: a war's fighting chained into one component of a thousand
     * reports cost 85 ms an add when every add checked every pair).
     */
    private static final class Component {

        private final String id;
        private final List<StoryReport> reports;
        private final List<Link> links;
        private final List<Story> stories;

        Component(String id, List<StoryReport> reports, List<Link> links, List<Story> stories) {
            this.id = id;
            this.reports = reports;
            this.links = links;
            this.stories = stories;
        }

        List<Link> links() {
            return links;
        }

        String id() {
            return id;
        }

        List<StoryReport> reports() {
            return reports;
        }

        List<Story> stories() {
            return stories;
        }
    }

    private final StoryParameters parameters;
    private final Map<String, NavigableSet<StoryReport>> byKey = new HashMap<>();
    private final Map<String, Component> componentOf = new HashMap<>();
    private final Map<String, Story> storyOfEvent = new HashMap<>();
    private final Map<String, StoryReport> reports = new HashMap<>();
    /** Per key, the ongoing acts' reports naming no day that have no link within the window: lone mentions. */
    private final Map<String, NavigableSet<StoryReport>> lone = new HashMap<>();

    /** How many pairs of reports {@link #apart} has compared: what the links of a new report cost. */
    private long comparisons;

    public StoryClustering(StoryParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * Adds every report (repeats of an event id are ignored); for the recompute and for restoring stories already
     * stored. Into an empty clustering the components are found first and each is partitioned once, which gives what
     * adding the reports one at a time gives without recomputing a growing component at every report.
     */
    public void addAll(Collection<StoryReport> reports) {
        if (!componentOf.isEmpty()) {
            reports.forEach(this::add);
            return;
        }
        Map<String, StoryReport> byId = new LinkedHashMap<>();
        for (StoryReport report : reports) {
            byId.putIfAbsent(report.eventId(), report);
        }
        this.reports.putAll(byId);
        Map<String, List<StoryReport>> keyed = new TreeMap<>();
        for (StoryReport report : byId.values()) {
            keyed.computeIfAbsent(report.key(parameters), k -> new ArrayList<>()).add(report);
        }
        for (List<StoryReport> sameKey : keyed.values()) {
            sameKey.sort(Story.REPORT_ORDER);
            String key = sameKey.get(0).key(parameters);
            NavigableSet<StoryReport> all = byKey.computeIfAbsent(key, k -> new TreeSet<>(Story.REPORT_ORDER));
            all.addAll(sameKey);
            int n = sameKey.size();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(sameKey.get(i).eventId(), i);
            }
            long window = parameters.windowMillis(sameKey.get(0).type());
            List<Link> links = new ArrayList<>();
            boolean[] withinWindow = new boolean[n];
            long recapReach = Math.max(window, RECAP_REACH_MILLIS);
            for (int i = 0; i < n; i++) {
                long from = sameKey.get(i).eventTime().toEpochMilli();
                boolean named = sameKey.get(i).eventDay() != null;
                for (int j = i + 1; j < n && sameKey.get(j).eventTime().toEpochMilli() <= from + (named ? recapReach
                        : window); j++) {
                    boolean within = sameKey.get(j).eventTime().toEpochMilli() <= from + window;
                    if ((within || sameKey.get(j).eventDay() != null) && linked(sameKey.get(i), sameKey.get(j))) {
                        links.add(new Link(sameKey.get(i).eventId(), sameKey.get(j).eventId()));
                        withinWindow[i] |= within;
                        withinWindow[j] |= within;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                StoryReport report = sameKey.get(i);
                if (!withinWindow[i] && canMention(report)) {
                    lone.computeIfAbsent(key, k -> new TreeSet<>(Story.REPORT_ORDER)).add(report);
                    links.addAll(mentionLinks(report, all, window));
                }
            }
            registerPieces(sameKey, links);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** @return what the report changed, or null when a report with its event id is already known */
    public StoryChange add(StoryReport report) {
        if (storyOfEvent.containsKey(report.eventId())) {
            return null;
        }
        String key = report.key(parameters);
        NavigableSet<StoryReport> sameKey = byKey.computeIfAbsent(key, k -> new TreeSet<>(Story.REPORT_ORDER));
        NavigableSet<StoryReport> loneOfKey = lone.computeIfAbsent(key, k -> new TreeSet<>(Story.REPORT_ORDER));
        long window = parameters.windowMillis(report.type());
        List<Link> links = new ArrayList<>();
        Set<String> noLongerLone = new HashSet<>();
        for (StoryReport other : near(sameKey, report.eventTime(), report.eventDay() != null ? recapReach(window) : window)) {
            // beyond the window a report naming a day links here only to a recap of it (a lone mention, below)
            if ((!beyond(report, other, window) || other.eventDay() != null) && linked(report, other)) {
                links.add(new Link(other.eventId(), report.eventId()));
                if (loneOfKey.remove(other)) {
                    noLongerLone.add(other.eventId());
                }
            }
        }
        if (links.isEmpty() && canMention(report)) {
            loneOfKey.add(report);
            links.addAll(mentionLinks(report, sameKey, window));
        } else if (report.eventDay() != null && ONGOING_TYPES.contains(report.type())) {
            for (StoryReport mention : near(loneOfKey, report.eventTime(), ONGOING_REACH_MILLIS)) {
                if (beyond(report, mention, window) && linked(report, mention)) {
                    links.add(new Link(mention.eventId(), report.eventId()));
                }
            }
        }
        Set<Component> joined = new LinkedHashSet<>();
        for (Link link : links) {
            joined.add(componentOf.get(link.a()));
        }
        List<StoryReport> members = new ArrayList<>();
        Set<Story> before = new HashSet<>();
        for (Component component : joined) {
            members.addAll(component.reports());
            before.addAll(component.stories());
            for (Link link : component.links()) {
                // a report that is no longer a lone mention drops its links beyond the window
                if (!(noLongerLone.contains(link.a()) || noLongerLone.contains(link.b())) || !beyond(link, window)) {
                    links.add(link);
                }
            }
        }
        members.add(report);
        sameKey.add(report);
        reports.put(report.eventId(), report);
        List<Story> after = new ArrayList<>();
        if (noLongerLone.isEmpty()) {
            // the joined components and the new report's links to each: one component, no need to look for pieces
            after.addAll(register(members, links).stories());
        } else {
            for (Component piece : registerPieces(members, links)) {
                after.addAll(piece.stories());
            }
        }
        List<Story> replaced = new ArrayList<>();
        for (Story story : before) {
            if (!after.contains(story)) {
                replaced.add(story);
            }
        }
        replaced.sort((a, b) -> a.id().compareTo(b.id()));
        List<Story> added = after.stream().filter(story -> !before.contains(story)).toList();
        return new StoryChange(List.copyOf(replaced), added, storyOfEvent.get(report.eventId()), List.copyOf(after));
    }

    private static long recapReach(long window) {
        return Math.max(window, RECAP_REACH_MILLIS);
    }

    /** An ongoing act's report naming no day: a lone one (no link within the window) links as a mention. */
    private static boolean canMention(StoryReport report) {
        return report.eventDay() == null && ONGOING_TYPES.contains(report.type());
    }

    /** A lone mention's links beyond the window: to the reports naming a day it may tell of. */
    private List<Link> mentionLinks(StoryReport mention, NavigableSet<StoryReport> sameKey, long window) {
        List<Link> out = new ArrayList<>();
        for (StoryReport other : near(sameKey, mention.eventTime(), ONGOING_REACH_MILLIS)) {
            if (other.eventDay() != null && beyond(mention, other, window) && linked(mention, other)) {
                out.add(new Link(other.eventId(), mention.eventId()));
            }
        }
        return out;
    }

    private static boolean beyond(StoryReport a, StoryReport b, long window) {
        return Math.abs(a.eventTime().toEpochMilli() - b.eventTime().toEpochMilli()) > window;
    }

    private boolean beyond(Link link, long window) {
        return beyond(reportOf(link.a()), reportOf(link.b()), window);
    }

    private StoryReport reportOf(String eventId) {
        return reports.get(eventId);
    }

    /**
     * Registers the members as the components their links make (a report that stopped being a lone mention may have
     * held two parts together), so that a component stays a function of the set of reports.
     */
    private List<Component> registerPieces(List<StoryReport> members, List<Link> links) {
        int n = members.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(members.get(i).eventId(), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Link link : links) {
            int ra = root(parent, index.get(link.a()));
            int rb = root(parent, index.get(link.b()));
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        Map<Integer, List<StoryReport>> pieces = new TreeMap<>();
        Map<Integer, List<Link>> pieceLinks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            pieces.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(members.get(i));
        }
        for (Link link : links) {
            pieceLinks.computeIfAbsent(root(parent, index.get(link.a())), k -> new ArrayList<>()).add(link);
        }
        List<Component> out = new ArrayList<>(pieces.size());
        pieces.forEach((root, piece) -> out.add(register(piece, pieceLinks.getOrDefault(root, List.of()))));
        return out;
    }

    /** @param links every linked pair of the members (the relation is a function of the two reports alone) */
    private Component register(List<StoryReport> members, List<Link> links) {
        List<Story> stories = StoryPartition.of(members, links, parameters);
        String id = null;
        for (StoryReport member : members) {
            id = id == null || member.eventId().compareTo(id) < 0 ? member.eventId() : id;
        }
        Component component = new Component(id, List.copyOf(members), List.copyOf(links), stories);
        for (Story story : stories) {
            for (StoryReport member : story.reports()) {
                storyOfEvent.put(member.eventId(), story);
                componentOf.put(member.eventId(), component);
            }
        }
        return component;
    }

    /**
     * The id of the reports linked to this one, directly or through others (its component): the smallest event id
     * among them. Stored with each report, so the consumer can load a component whole.
     */
    public String linkId(String eventId) {
        Component component = componentOf.get(eventId);
        return component == null ? null : component.id();
    }

    /** Every story of the report's component, as it is now. */
    public List<Story> storiesLinkedTo(String eventId) {
        Component component = componentOf.get(eventId);
        return component == null ? List.of() : component.stories();
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
     * <li>one names a day: linked when that day is the other's publication day or one of the two days before (a
     * recap published the second morning after), or the day after when the other was published late enough in the
     * UTC day to be the next day at UTC+13 (the writer's time zone is not known, as for "today");</li>
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
        comparisons++;
        if (!a.key(parameters).equals(b.key(parameters))) {
            return Apart.KEY;
        }
        if (a.articleId().equals(b.articleId())) {
            return Apart.SAME_ARTICLE;
        }
        long apart = Math.abs(a.eventTime().toEpochMilli() - b.eventTime().toEpochMilli());
        boolean beyondWindow = apart > parameters.windowMillis(a.type());
        boolean recap = beyondWindow && recapOfTheSameDay(a, b, apart);
        if (beyondWindow && !recap && !ongoingMention(a, b, apart)) {
            return Apart.WINDOW;
        }
        if (conflicting(a.subtype(), b.subtype()) && !militaryWordOnTheSameDay(a, b)) {
            return Apart.SUBTYPE;
        }
        if (a.cameoCode() != null && b.cameoCode() != null && a.cameoCode().length() >= 3
                && b.cameoCode().length() >= 3 && !a.cameoCode().startsWith(b.cameoCode().substring(0, 3))) {
            return Apart.CAMEO;
        }
        if (beyondWindow && !recap) {
            return null;
        }
        if (dayFrom(a, b).isAfter(dayTo(b, a)) || dayFrom(b, a).isAfter(dayTo(a, b))) {
            return Apart.DAY;
        }
        boolean named = a.eventDay() != null || b.eventDay() != null;
        return named || ContentWords.overlap(a.words(), b.words()) >= parameters.minSimilarity() ? null : Apart.WORDS;
    }

    /**
     * Whether two reports beyond the type's window may still be one ongoing act: an ongoing type, at most
     * {@link #ONGOING_REACH_DAYS} apart, one naming a day and the other none, published on or after that day (at UTC+13,
     * as {@link #dayTo}). Such a link is a mention's: {@link StoryPartition} follows it only for a report that has no
     * link within the window (a lone mention, not fresh news told by several outlets), to the nearest group of named
     * days it reaches.
     */
    static boolean ongoingMention(StoryReport a, StoryReport b, long apart) {
        if (!ONGOING_TYPES.contains(a.type()) || apart > ONGOING_REACH_MILLIS
                || (a.eventDay() == null) == (b.eventDay() == null)) {
            return false;
        }
        StoryReport named = a.eventDay() != null ? a : b;
        StoryReport dayless = named == a ? b : a;
        return !named.lastEventDay().isAfter(dayTo(dayless, named));
    }

    /**
     * Whether two reports beyond the type's window name the same day, at most {@link #RECAP_REACH_MILLIS} apart: a recap
     * days later ("On Tuesday, the US Treasury had blacklisted ...") and the day's news. A day named outright is
     * stronger than the window, which is there for reports naming none.
     */
    static boolean recapOfTheSameDay(StoryReport a, StoryReport b, long apart) {
        return apart <= RECAP_REACH_MILLIS && a.eventDay() != null && b.eventDay() != null
                && !a.eventDay().isAfter(b.lastEventDay()) && !b.eventDay().isAfter(a.lastEventDay());
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
     * The first day a report may tell of, against another report: the first day it may name ("today" in an unknown
     * time zone may be two); else, when the other names a day, two days before its publication (a recap written the
     * second morning after the event: since V32 such a report joins only the nearest of the groups of named days it
     * reaches, {@link StoryPartition}, so the wider reach no longer chains look-alikes); else (the other names no day
     * either) the day before its publication (a report written the morning after its event).
     */
    private static LocalDate dayFrom(StoryReport r, StoryReport other) {
        return r.eventDay() != null ? r.eventDay()
                : publicationDay(r).minusDays(other.eventDay() != null ? DAYS_BACK_TO_A_NAMED_DAY : 1);
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

    long comparisons() {
        return comparisons;
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
