package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.ingest.domain.StoryIndexRepository.SeenStory;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    private static final String TEXT = MinHashSketchTest.STORY;

    @Test
    void matchesByUrlTextUrlVariantAndNearDuplicateInThatOrder() {
        StoryMatcher m = new StoryMatcher(List.of(new SeenStory("a1", "fp1", "example.org/x",
                MinHashSketch.of(TEXT).toBytes())));
        assertThat(m.match("a1", "other", "other", MinHashSketch.of("x")).kind()).isEqualTo(StoryMatcher.Kind.SAME_URL);
        assertThat(m.match("b", "fp1", "other", MinHashSketch.of("x")).kind()).isEqualTo(StoryMatcher.Kind.SAME_TEXT);
        assertThat(m.match("b", "fp2", "example.org/x", MinHashSketch.of("x")).articleId()).isEqualTo("a1");
        StoryMatcher.Match near = m.match("b", "fp2", "other.org/y", MinHashSketch.of(TEXT.replace("maize", "corn")));
        assertThat(near.kind()).isEqualTo(StoryMatcher.Kind.NEAR_DUPLICATE);
        assertThat(near.articleId()).isEqualTo("a1");
        assertThat(near.similarity()).isGreaterThanOrEqualTo(MinHashSketch.NEAR_DUPLICATE_SIMILARITY);
        assertThat(m.match("b", "fp2", "other.org/y", MinHashSketch.of("A different story entirely, about Peru."))).isNull();
        assertThat(m.match("b", "fp2", "other.org/y", null)).as("a short text matches exactly or not at all").isNull();
    }

    @Test
    void rowsFromBeforeTheSketchesStillMatchByUrlAndText() {
        StoryMatcher m = new StoryMatcher(List.of(new SeenStory("old", "fp", null, null)));
        assertThat(m.match("old", "x", "k", MinHashSketch.of(TEXT))).isNotNull();
        assertThat(m.match("new", "x", "k", MinHashSketch.of(TEXT))).isNull();
    }

    @Test
    void aCopyLaterInTheSameBatchMatchesAnArticleAddedEarlier() {
        StoryMatcher m = new StoryMatcher(List.of());
        m.add("first", "fp", "example.org/x", MinHashSketch.of(TEXT));
        assertThat(m.match("second", "fp9", "example.net/z", MinHashSketch.of(TEXT + " Updated.")).articleId())
                .isEqualTo("first");
    }
}
