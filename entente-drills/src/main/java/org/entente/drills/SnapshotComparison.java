package org.entente.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * A clean run against a run under faults: every article, event, tie, rollup and alert of one must
 * be in the other with the same fields, all compared exactly: tie and rollup masses bit for bit,
 * with the exact sums they are derived from (relations-service sums without rounding, so the order
 * Kafka delivered a pair's events in, which differs between any two runs, cannot show).
 */
public final class SnapshotComparison {

    private static final int SHOWN = 10;

    private final Snapshot clean;
    private final Snapshot faults;
    private final List<String> mismatches = new ArrayList<>();
    private int equalTies;
    private int equalRollups;
    private int equalAlerts;

    public SnapshotComparison(Snapshot clean, Snapshot faults) {
        this.clean = clean;
        this.faults = faults;
        diffSets("article", clean.articles(), faults.articles());
        diffMaps("event", clean.events(), faults.events(), Objects::equals);
        equalTies = diffMaps("tie", clean.ties(), faults.ties(), Objects::equals);
        equalRollups = diffMaps("rollup", clean.rollups(), faults.rollups(), Objects::equals);
        equalAlerts = diffMaps("alert", clean.alerts(), faults.alerts(), Objects::equals);
        if (clean.articlesDeadLettered() + clean.eventsDeadLettered() + faults.articlesDeadLettered()
                + faults.eventsDeadLettered() > 0) {
            mismatches.add("dead letters (articles-dlq/events-dlq): clean " + clean.articlesDeadLettered() + "/"
                    + clean.eventsDeadLettered() + ", faults " + faults.articlesDeadLettered() + "/"
                    + faults.eventsDeadLettered());
        }
    }

    public boolean equal() {
        return mismatches.isEmpty();
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** The counts part of the summary line, faults run first: "articles=2000/2000 events=...". */
    public String counts() {
        return String.format("articles=%d/%d events=%d/%d ties=%d/%d %s rollups=%d/%d %s alerts=%d/%d %s dead-letters=%d/%d",
                faults.articles().size(), clean.articles().size(),
                faults.events().size(), clean.events().size(),
                equalTies, clean.ties().size(), word(equalTies, clean.ties(), faults.ties()),
                equalRollups, clean.rollups().size(), word(equalRollups, clean.rollups(), faults.rollups()),
                equalAlerts, clean.alerts().size(), word(equalAlerts, clean.alerts(), faults.alerts()),
                faults.articlesDeadLettered() + faults.eventsDeadLettered(),
                clean.articlesDeadLettered() + clean.eventsDeadLettered());
    }

    private static String word(int equal, Map<?, ?> clean, Map<?, ?> faults) {
        return equal == clean.size() && clean.size() == faults.size() ? "equal" : "DIFFERENT";
    }

    private void diffSets(String what, Set<String> a, Set<String> b) {
        List<String> found = new ArrayList<>();
        for (String k : a) {
            if (!b.contains(k)) {
                found.add(what + " " + k + " only in the clean run (lost under faults)");
            }
        }
        for (String k : b) {
            if (!a.contains(k)) {
                found.add(what + " " + k + " only in the faults run");
            }
        }
        keep(what, found);
    }

    private <V> int diffMaps(String what, Map<String, V> a, Map<String, V> b, BiPredicate<V, V> same) {
        List<String> found = new ArrayList<>();
        int equal = 0;
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            V x = a.get(k);
            V y = b.get(k);
            if (y == null) {
                found.add(what + " " + k + " only in the clean run (lost under faults): " + x);
            } else if (x == null) {
                found.add(what + " " + k + " only in the faults run: " + y);
            } else if (!same.test(x, y)) {
                found.add(what + " " + k + " differs: clean " + x + " / faults " + y);
            } else {
                equal++;
            }
        }
        keep(what, found);
        return equal;
    }

    private void keep(String what, List<String> found) {
        mismatches.addAll(found.subList(0, Math.min(SHOWN, found.size())));
        if (found.size() > SHOWN) {
            mismatches.add("... and " + (found.size() - SHOWN) + " more " + what + " mismatches");
        }
    }
}
