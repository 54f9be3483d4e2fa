package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SampleLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode article(String publishedAt) {
        ObjectNode node = JSON.createObjectNode().put("url", "https://sample.entente.invalid/" + publishedAt);
        return publishedAt == null ? node : node.put("publishedAt", publishedAt);
    }

    @Test
    void movesTheNewestArticleToAnHourBeforeNowAndKeepsTheSpacing() {
        List<ObjectNode> articles = new ArrayList<>(List.of(article("2026-09-23T08:00:00Z"),
                article("2026-11-20T07:30:00Z"), article(null)));

        SampleLoader.shiftedToNow(articles, Instant.parse("2027-03-01T12:00:00Z"));

        assertThat(articles.get(1).get("publishedAt").asText()).isEqualTo("2027-03-01T11:00:00Z");
        assertThat(articles.get(0).get("publishedAt").asText()).isEqualTo("2027-01-02T11:30:00Z");
        assertThat(articles.get(2).has("publishedAt")).isFalse();
    }

    @Test
    void leavesArticlesDatedAfterNowAlone() {
        List<ObjectNode> articles = new ArrayList<>(List.of(article("2026-11-20T07:30:00Z")));

        SampleLoader.shiftedToNow(articles, Instant.parse("2026-11-20T08:00:00Z"));

        assertThat(articles.get(0).get("publishedAt").asText()).isEqualTo("2026-11-20T07:30:00Z");
    }
}
