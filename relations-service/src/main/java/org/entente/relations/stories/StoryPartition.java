package org.entente.relations.stories;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.relations.domain.StoryParameters;

/**
 * The stories of one set of linked reports (a single-linkage component of one key, {@link StoryClustering}), as a
 * function of that set alone. Single linkage let one report that names no day join two look-alikes whose reports name
 * different days (water cannon on 9 December, ramming on 10 December, linked by "China's coast guard said it had taken
 * necessary control measures", published on the 10th): a pairwise rule cannot stop that chain. So:
 * <ul>
 * <li>reports that name a day form groups by their links with one another (they link only when their days agree);</li>
 * <li>a report that names no day and links to such groups joins the nearest: the fewest days from its publication day
 * to the group's named days, then the smallest event id;</li>
 * <li>the other groups it links to within its publication day and the day before join that one when their named days
 * are at most {@link #TOLERANCE_DAYS} apart, no article has a report in each ({@code NamedGroups#oneEvent}: a
 * night across midnight is one event, an article telling of both days tells of two), and neither group could join a
 * third that way (a chain of nights stays a story a day, so a report changes only the stories of its days);</li>
 * <li>reports that name no day and link to no group join, with the day-less reports they link to, the nearest group
 * those joined, or form a story of their own.</li>
 * </ul>
 * Every story is a subset of the component, and every step is a function of the set, so the stories do not depend
 * on the order the reports came in.
 */
final class StoryPartition {

    /** How many days apart two groups' named days may be and still be joined by a report naming no day. */
    static final int TOLERANCE_DAYS = 1;

    private StoryPartition() {
    }

    /** @param links every linked pair of the component's reports ({@link StoryClustering#linked}), by event id */
    static List<Story> of(Collection<StoryReport> component, Collection<StoryClustering.Link> links,
            StoryParameters parameters) {
        List<StoryReport> reports = new ArrayList<>(component);
        reports.sort(Story.REPORT_ORDER);
        int n = reports.size();
        if (n == 1) {
            return List.of(Story.of(reports, parameters));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(reports.get(i).eventId(), i);
        }
        Groups named = new Groups(n);
        List<int[]> bridges = new ArrayList<>();
        List<int[]> daylessLinks = new ArrayList<>();
        List<int[]> mentions = new ArrayList<>();
        boolean[] withinWindow = new boolean[n];
        for (StoryClustering.Link link : links) {
            int x = index.get(link.a());
            int y = index.get(link.b());
            int i = Math.min(x, y);
            int j = Math.max(x, y);
            StoryReport a = reports.get(i);
            StoryReport b = reports.get(j);
            boolean aNamed = a.eventDay() != null;
            boolean bNamed = b.eventDay() != null;
            if (aNamed && bNamed) {
                // both name a day: linked only when it is the same, within the window or as a recap beyond it
                named.join(i, j);
                continue;
            }
            if (Math.abs(a.eventTime().toEpochMilli() - b.eventTime().toEpochMilli()) > parameters.windowMillis(a.type())) {
                // beyond the window only an ongoing act's mention links (StoryClustering#ongoingMention)
                mentions.add(aNamed ? new int[] { j, i } : new int[] { i, j });
                continue;
            }
            withinWindow[i] = true;
            withinWindow[j] = true;
            if (!aNamed && !bNamed) {
                daylessLinks.add(new int[] { i, j });
            } else {
                bridges.add(aNamed ? new int[] { j, i } : new int[] { i, j });
            }
        }
        NamedGroups groups = new NamedGroups(reports, named);
        // A report naming no day that links to reports naming days joins the nearest of their groups.
        int[] joins = new int[n];
        long[] nearest = new long[n];
        Arrays.fill(joins, -1);
        for (int[] bridge : bridges) {
            int group = named.root(bridge[1]);
            long days = groups.distance(reports.get(bridge[0]), group);
            groups.offer(joins, nearest, bridge[0], group, days);
        }
        // A report naming no day with no link within the window is a lone mention: an ongoing act's, of the nearest
        // group of named days its mentions reach.
        for (int[] mention : mentions) {
            if (!withinWindow[mention[0]]) {
                int group = named.root(mention[1]);
                groups.offer(joins, nearest, mention[0], group, groups.distance(reports.get(mention[0]), group));
            }
        }
        // Other groups it reaches on its publication day or the day before join that one where their days may be one
        // event's (a night across midnight); a group it reaches further back never does.
        for (int i = 0; i < n; i++) {
            if (joins[i] >= 0) {
                groups.tells(joins[i], reports.get(i));
            }
        }
        Groups merged = new Groups(n);
        TreeSet<List<String>> candidates = new TreeSet<>((x, y) -> x.get(0).equals(y.get(0)) ? x.get(1).compareTo(y.get(1))
                : x.get(0).compareTo(y.get(0)));
        Map<String, Integer> rootOfId = new HashMap<>();
        for (int[] bridge : bridges) {
            int group = named.root(bridge[1]);
            int chosen = joins[bridge[0]];
            if (group != chosen && groups.distance(reports.get(bridge[0]), group) <= 1 && groups.oneEvent(group, chosen)) {
                String a = groups.smallestId(group);
                String b = groups.smallestId(chosen);
                rootOfId.put(a, group);
                rootOfId.put(b, chosen);
                candidates.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
            }
        }
        // A night across midnight is one event; a chain of nights (a war's daily fighting, each day linked to the next
        // by recaps naming no day) is not one, and any choice of pairs in it would follow an order (the groups' smallest
        // event ids) that one new report changes all along the chain. So two groups join only when neither could join
        // a third, and only while their days stay within the tolerance: each day of a chain stays its own story.
        Map<String, Integer> candidacies = new HashMap<>();
        for (List<String> pair : candidates) {
            candidacies.merge(pair.get(0), 1, Integer::sum);
            candidacies.merge(pair.get(1), 1, Integer::sum);
        }
        for (List<String> pair : candidates) {
            int ra = merged.root(rootOfId.get(pair.get(0)));
            int rb = merged.root(rootOfId.get(pair.get(1)));
            if (candidacies.get(pair.get(0)) == 1 && candidacies.get(pair.get(1)) == 1 && ra != rb
                    && groups.oneEvent(ra, rb) && groups.spanWithinTolerance(ra, rb)) {
                merged.join(ra, rb);
                groups.absorb(Math.min(ra, rb), Math.max(ra, rb));
            }
        }
        // The others join through reports naming no day: each group of them the nearest group its links reach.
        Groups free = new Groups(n);
        for (int[] link : daylessLinks) {
            if (joins[link[0]] < 0 && joins[link[1]] < 0) {
                free.join(link[0], link[1]);
            }
        }
        int[] freeJoins = new int[n];
        long[] freeNearest = new long[n];
        Arrays.fill(freeJoins, -1);
        for (int[] link : daylessLinks) {
            boolean anchored0 = joins[link[0]] >= 0;
            if (anchored0 == joins[link[1]] >= 0) {
                continue;
            }
            int loose = anchored0 ? link[1] : link[0];
            int group = joins[anchored0 ? link[0] : link[1]];
            groups.offer(freeJoins, freeNearest, free.root(loose), group,
                    groups.distance(reports.get(loose), group));
        }
        Map<String, List<StoryReport>> stories = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            StoryReport r = reports.get(i);
            String story;
            if (r.eventDay() != null) {
                story = "n" + merged.root(named.root(i));
            } else if (joins[i] >= 0) {
                story = "n" + merged.root(joins[i]);
            } else {
                int root = free.root(i);
                story = freeJoins[root] >= 0 ? "n" + merged.root(freeJoins[root]) : "d" + root;
            }
            stories.computeIfAbsent(story, k -> new ArrayList<>()).add(r);
        }
        List<Story> out = new ArrayList<>(stories.size());
        for (List<StoryReport> members : stories.values()) {
            out.add(Story.of(members, parameters));
        }
        out.sort((x, y) -> x.id().compareTo(y.id()));
        return List.copyOf(out);
    }

    /** Reports that name days, grouped by their links: each group's span of days and its smallest event id. */
    private static final class NamedGroups {

        private final String[] smallestId;
        private final List<Set<String>> articles;
        private final LocalDate[] first;
        private final LocalDate[] last;

        NamedGroups(List<StoryReport> reports, Groups groups) {
            int n = reports.size();
            smallestId = new String[n];
            articles = new ArrayList<>(n);
            first = new LocalDate[n];
            last = new LocalDate[n];
            for (int i = 0; i < n; i++) {
                articles.add(new HashSet<>());
            }
            for (int i = 0; i < n; i++) {
                StoryReport r = reports.get(i);
                if (r.eventDay() == null) {
                    continue;
                }
                int root = groups.root(i);
                smallestId[root] = smallestId[root] == null || r.eventId().compareTo(smallestId[root]) < 0
                        ? r.eventId()
                        : smallestId[root];
                first[root] = first[root] == null || r.eventDay().isBefore(first[root]) ? r.eventDay() : first[root];
                last[root] = last[root] == null || r.lastEventDay().isAfter(last[root]) ? r.lastEventDay() : last[root];
                articles.get(root).add(r.articleId());
            }
        }

        /** Whether the two groups' named days, taken together, span at most {@link #TOLERANCE_DAYS} days. */
        boolean spanWithinTolerance(int a, int b) {
            LocalDate from = first[a].isBefore(first[b]) ? first[a] : first[b];
            LocalDate to = last[a].isAfter(last[b]) ? last[a] : last[b];
            return ChronoUnit.DAYS.between(from, to) <= TOLERANCE_DAYS;
        }

        String smallestId(int root) {
            return smallestId[root];
        }

        /** Group {@code gone} merged into {@code keep}: its days and articles are now {@code keep}'s. */
        void absorb(int keep, int gone) {
            first[keep] = first[gone].isBefore(first[keep]) ? first[gone] : first[keep];
            last[keep] = last[gone].isAfter(last[keep]) ? last[gone] : last[keep];
            articles.get(keep).addAll(articles.get(gone));
        }

        /** The group holds a report of this article: one naming no day that joins it. */
        void tells(int root, StoryReport report) {
            articles.get(root).add(report.articleId());
        }

        /**
         * Whether two groups whose named days differ may still be one event: their days at most
         * {@link #TOLERANCE_DAYS} apart (fighting "late on Saturday" and "overnight into Sunday", talks on Saturday and a
         * ceasefire "early on Sunday"), and no article names a day in each: an article telling of both days tells of two
         * events (water cannon on Saturday, ramming on Sunday).
         */
        boolean oneEvent(int a, int b) {
            long gap = Math.max(ChronoUnit.DAYS.between(last[a], first[b]), ChronoUnit.DAYS.between(last[b], first[a]));
            if (gap > TOLERANCE_DAYS) {
                return false;
            }
            for (String article : articles.get(a)) {
                if (articles.get(b).contains(article)) {
                    return false;
                }
            }
            return true;
        }

        /** Days from a report's publication day (UTC) to the group's named days; 0 within them. */
        long distance(StoryReport dayless, int root) {
            LocalDate published = dayless.eventTime().atOffset(ZoneOffset.UTC).toLocalDate();
            if (published.isBefore(first[root])) {
                return ChronoUnit.DAYS.between(published, first[root]);
            }
            return published.isAfter(last[root]) ? ChronoUnit.DAYS.between(last[root], published) : 0;
        }

        /** Keeps at {@code at} the nearer group, then the one with the smaller event id. */
        void offer(int[] joins, long[] nearest, int at, int root, long days) {
            if (joins[at] < 0 || days < nearest[at]
                    || days == nearest[at] && smallestId[root].compareTo(smallestId[joins[at]]) < 0) {
                joins[at] = root;
                nearest[at] = days;
            }
        }
    }

    /** Union-find over the component's reports by their index; a root is the smallest index of its group. */
    private static final class Groups {

        private final int[] parent;

        Groups(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
