package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.StoryParameters;
import org.junit.jupiter.api.Test;

/**
 * What a batch writes ({@link PairStories#changedStories}, {@link PairStories#replacedIds}) leaves the stored rows as a
 * clustering of every report gives them: the story and the component of each report, and a story row for each.
 */
class PairStoriesTest {

    private static final StoryParameters P = StoryParameters.defaults();
    private static final NationPair PAIR = NationPair.of("AFG", "PAK");

    /** The rows of story and story_report, in memory: story id -> its reports; event id -> {story id, link id}. */
    private static final class Rows {

        private final Map<String, List<String>> stories = new HashMap<>();
        private final Map<String, String[]> reports = new HashMap<>();

        void write(Iterable<Story> written, StoryClustering clustering) {
            for (Story story : written) {
                stories.put(story.id(), story.reports().stream().map(StoryReport::eventId).sorted().toList());
                for (StoryReport r : story.reports()) {
                    reports.put(r.eventId(), new String[] { story.id(), clustering.linkId(r.eventId()) });
                }
            }
        }

        /** Loads the stored reports as StoryStore#loadAll does: their clustering, and the rows as read. */
        PairStories load(List<StoryReport> stored) {
            StoryClustering clustering = new StoryClustering(P);
            clustering.addAll(stored);
            PairStories pair = new PairStories(PAIR, clustering);
            stored.forEach(r -> pair.placed(r.eventId(), reports.get(r.eventId())[0], reports.get(r.eventId())[1]));
            return pair;
        }

        void apply(PairStories batch) {
            batch.replacedIds().forEach(stories::remove);
            List<Story> written = new ArrayList<>();
            batch.changedStories().forEach(written::add);
            for (Story story : written) {
                stories.put(story.id(), story.reports().stream().map(StoryReport::eventId).sorted().toList());
                for (StoryReport r : story.reports()) {
                    reports.put(r.eventId(), new String[] { story.id(), batch.linkId(r.eventId()) });
                }
            }
        }
    }

    @Test
    void theRowsOfAPieceALoneMentionsEndSplitsOffAreWrittenToo() {
        List<StoryReport> stored = OngoingActsTest.WAR.subList(0, 3);
        StoryClustering before = new StoryClustering(P);
        before.addAll(stored);
        Rows rows = new Rows();
        rows.write(before.stories(), before);
        assertThat(rows.stories).containsOnlyKeys("e1");

        // e8 corroborates the lone mention e3 within the window: {e3, e8} leave Saturday's story {e1, e2, e3}, whose
        // id e1 is replaced, and {e1, e2} is a story (and a component) of its own that holds no new report
        StoryReport companion = OngoingActsTest.fight("e8", "2026-11-21T15:00",
                "The fighting between the two has displaced thousands.");
        PairStories batch = rows.load(stored);
        batch.add(companion);
        rows.apply(batch);

        List<StoryReport> all = new ArrayList<>(stored);
        all.add(companion);
        StoryClustering atOnce = new StoryClustering(P);
        atOnce.addAll(all);
        for (StoryReport r : all) {
            String[] row = rows.reports.get(r.eventId());
            assertThat(rows.stories).as("the story row of %s", r.eventId()).containsKey(row[0]);
            assertThat(row).as("the row of %s", r.eventId())
                    .containsExactly(atOnce.storyOf(r.eventId()).id(), atOnce.linkId(r.eventId()));
        }
        assertThat(rows.stories).containsOnlyKeys("e1", "e3");
        assertThat(rows.stories.get("e1")).containsExactly("e1", "e2");
    }
}
