package org.entente.relations.stories;

import java.util.List;

/**
 * What one new report did: the stories it joined or merged (their terms leave the tie) and the story it
 * is now part of (its term enters the tie). {@code replaced} is empty for a report that starts a story.
 */
public record StoryChange(List<Story> replaced, Story story) {

    /** True when the report joined a story that existed before it. */
    public boolean joined() {
        return !replaced.isEmpty();
    }
}
