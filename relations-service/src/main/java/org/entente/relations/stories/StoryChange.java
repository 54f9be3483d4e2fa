package org.entente.relations.stories;

import java.util.List;

/**
 * What one new report did to its pair's stories: the stories that left (their terms leave the tie), the stories that
 * came (their terms enter it) and the story the report is now part of (one of those that came). A report that merges
 * stories replaces them with one; one that tells groups of named days apart may also split a story or move a report
 * that names no day from one story to another. Stories the report left as they were are in neither list.
 *
 * @param regrouped every story of the components the report's arrival registered: the one it landed in and, when it
 *        ended a lone mention, the pieces its old component fell into. A piece holds no new report yet has stories
 *        and a component id of its own, so a store writes it again too
 */
public record StoryChange(List<Story> replaced, List<Story> added, Story story, List<Story> regrouped) {

    /** True when the report's story holds reports that came before it. */
    public boolean joined() {
        return story.reportCount() > 1;
    }
}
