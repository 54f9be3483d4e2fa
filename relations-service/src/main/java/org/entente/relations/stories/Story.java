package org.entente.relations.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.entente.relations.domain.StoryParameters;

/**
 * One story event: the reports clustering joined, and what the story adds to its tie. Everything here is
 * a function of the set of reports, never of their order:
 * <ul>
 * <li>the id is the smallest event id among the reports (a merge keeps the smaller of the two ids);</li>
 * <li>the lead report is the earliest (event time, then event id) of the story's strongest modality
 * ({@link #strength}: asserted before intent); its time is the story's time, its weight the story's weight
 * and its direction the story's direction, so "agreed to sign" next to "signed" weighs as the signing;</li>
 * <li>the contribution is the weight times the corroboration factor of the distinct outlets;</li>
 * <li>a story of a symmetric type ("X and Y agreed") is {@link #undirected}: its lead's direction is only the order
 * one outlet named the nations in, so the tie counts it half in each direction, not in the lead's.</li>
 * </ul>
 */
public record Story(String id, List<StoryReport> reports, List<String> outlets, StoryReport lead,
        Instant lastReportedAt, double corroboration, boolean undirected) {

    public static final Comparator<StoryReport> REPORT_ORDER = Comparator.comparing(StoryReport::eventTime)
            .thenComparing(StoryReport::eventId);

    public static Story of(Collection<StoryReport> members, StoryParameters parameters) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one report");
        }
        List<StoryReport> reports = new ArrayList<>(members);
        reports.sort(REPORT_ORDER);
        TreeSet<String> outlets = new TreeSet<>();
        String id = null;
        Instant last = null;
        for (StoryReport r : reports) {
            outlets.add(r.outlet());
            id = id == null || r.eventId().compareTo(id) < 0 ? r.eventId() : id;
            last = last == null || r.eventTime().isAfter(last) ? r.eventTime() : last;
        }
        StoryReport lead = reports.get(0);
        for (StoryReport r : reports) {
            if (strength(r.modality()) > strength(lead.modality())) {
                lead = r;
            }
        }
        return new Story(id, List.copyOf(reports), List.copyOf(outlets), lead, last,
                Corroboration.factor(outlets.size(), parameters), parameters.isSymmetric(lead.type()));
    }

    /**
     * How firmly a report tells that the event happened: asserted above intent. Reports of a story are all negated
     * or none is ({@link StoryReport#key}), so the order between negated and the others never decides.
     */
    static int strength(String modality) {
        return "asserted".equals(modality) ? 2 : "intent".equals(modality) ? 1 : 0;
    }

    /** The story's time: its lead's event time (an intent reported the day before the act is not the act's day). */
    public Instant firstReportedAt() {
        return lead.eventTime();
    }

    public double weight() {
        return lead.weight();
    }

    /** What the story adds to its tie at {@link #firstReportedAt()}, before decay. */
    public double contribution() {
        return lead.weight() * corroboration;
    }

    public int reportCount() {
        return reports.size();
    }

    public int outletCount() {
        return outlets.size();
    }
}
