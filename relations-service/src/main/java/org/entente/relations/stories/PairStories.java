package org.entente.relations.stories;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.TieScorer;

/**
 * One pair's stories during one consumer batch: the stored stories a new report could join, loaded
 * once, then the batch's new reports one at a time. Remembers what changed, for {@link StoryStore#writeAll}.
 */
public final class PairStories {

    private final NationPair pair;
    private final StoryClustering clustering;
    private final Set<String> replaced = new LinkedHashSet<>();
    private final Map<String, Story> changed = new LinkedHashMap<>();

    PairStories(NationPair pair, StoryClustering clustering) {
        this.pair = pair;
        this.clustering = clustering;
    }

    public NationPair pair() {
        return pair;
    }

    /** Adds a new report: the stories it joined leave, the story it is now part of comes in. */
    public StoryChange add(StoryReport report) {
        StoryChange change = clustering.add(report);
        for (Story gone : change.replaced()) {
            replaced.add(gone.id());
            changed.remove(gone.id());
        }
        changed.put(change.story().id(), change.story());
        return change;
    }

    /** A story's share of its tie: in its lead's direction, or half in each for a symmetric type. */
    public static TieScorer.Term term(Story story, NationPair pair) {
        return new TieScorer.Term(story.contribution(), story.firstReportedAt(), pair.isForward(story.lead().source()),
                story.undirected());
    }

    Set<String> replacedIds() {
        return replaced;
    }

    Iterable<Story> changedStories() {
        return changed.values();
    }
}
