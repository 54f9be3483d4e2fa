package org.entente.relations.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.TieScorer;

/**
 * One pair's stories during one consumer batch: the stored components a new report could join, loaded
 * once, then the batch's new reports one at a time. Remembers what changed, for {@link StoryStore#writeAll}.
 */
public final class PairStories {

    private final NationPair pair;
    private final StoryClustering clustering;
    private final Set<String> replaced = new LinkedHashSet<>();
    private final Set<String> landed = new LinkedHashSet<>();
    /** Each stored report's story and link id as loaded: event id to {story id, link id}. */
    private final Map<String, String[]> placed = new HashMap<>();

    PairStories(NationPair pair, StoryClustering clustering) {
        this.pair = pair;
        this.clustering = clustering;
    }

    public NationPair pair() {
        return pair;
    }

    /** Adds a new report: the stories it replaced leave, the stories it made come in. */
    public StoryChange add(StoryReport report) {
        StoryChange change = clustering.add(report);
        for (Story gone : change.replaced()) {
            replaced.add(gone.id());
        }
        landed.add(report.eventId());
        // a piece its arrival split off holds no new report, but its stories and component id changed: without its
        // rows a story replaced here kept reports pointing at its deleted id (they fell out of the story API)
        String component = clustering.linkId(report.eventId());
        for (Story story : change.regrouped()) {
            String lead = story.lead().eventId();
            if (!component.equals(clustering.linkId(lead))) {
                landed.add(lead);
            }
        }
        return change;
    }

    /** A story's share of its tie: in its lead's direction, or half in each for a symmetric type. */
    public static TieScorer.Term term(Story story, NationPair pair) {
        return new TieScorer.Term(story.contribution(), story.firstReportedAt(), pair.isForward(story.lead().source()),
                story.undirected());
    }

    /** A stored report's row as loaded with the pair's components. */
    void placed(String eventId, String storyId, String linkId) {
        placed.put(eventId, new String[] { storyId, linkId });
    }

    /** Whether the report's stored row already names this story and link id (a new report has no row). */
    boolean stillPlaced(String eventId, String storyId, String linkId) {
        String[] row = placed.get(eventId);
        return row != null && Objects.equals(row[0], storyId) && Objects.equals(row[1], linkId);
    }

    /** Ids of stories that left; some may have come back with other reports (written after the delete). */
    Set<String> replacedIds() {
        return replaced;
    }

    /**
     * Every story of the components the batch's reports landed in, as the batch leaves them: a merge of components
     * changes the link id of reports whose story did not change, so each is written again.
     */
    Iterable<Story> changedStories() {
        Map<String, Story> stories = new LinkedHashMap<>();
        for (String eventId : landed) {
            for (Story story : clustering.storiesLinkedTo(eventId)) {
                stories.putIfAbsent(story.id(), story);
            }
        }
        return new ArrayList<>(stories.values());
    }

    String linkId(String eventId) {
        return clustering.linkId(eventId);
    }
}
