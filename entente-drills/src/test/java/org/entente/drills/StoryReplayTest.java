package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.relations.domain.StoryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReplayTest {

    private static final Instant TUESDAY = Instant.parse("2024-03-05T12:00:00Z");

    private static StoryCorpus.Article original(String id, String url, String... events) {
        return new StoryCorpus.Article(id, id, "original", java.net.URI.create(url).getHost(), url, url, TUESDAY, "t", "x",
                List.of(events));
    }

    /** e1 (a sanction) told by four outlets, e2 (an agreement, another pair and so maybe the other half) by two. */
    private static final StoryCorpus CORPUS = new StoryCorpus(List.of(
            original("a1", "https://a.example/1", "w1-e1"),
            original("a2", "https://c.example/2", "w1-e1"),
            original("a3", "https://d.example/3", "w1-e1"),
            original("a4", "https://e.example/4", "w1-e1"),
            original("a5", "https://f.example/5", "w1-e2"),
            original("a6", "https://g.example/6", "w1-e2")),
            Map.of("w1-e1", new StoryCorpus.GoldEvent("w1-e1", "SANCTION", "USA", "IRN", LocalDate.parse("2024-03-05"), ""),
                    "w1-e2", new StoryCorpus.GoldEvent("w1-e2", "AGREE", "FRA", "DEU", LocalDate.parse("2024-03-05"), "")));

    private static String line(String id, String url, String type, String source, String target, String sentence) {
        return String
                .format("{\"id\":\"%s\",\"articleId\":\"A-%s\",\"articleUrl\":\"%s\",\"type\":\"%s\",\"modality\":\"asserted\","
                        + "\"source\":\"%s\",\"target\":\"%s\",\"subtype\":null,\"cameoCode\":null,\"eventTime\":\"%s\",\"confidence\":0.9,"
                        + "\"sentence\":\"%s\",\"trigger\":\"x\"}", id, id, url, type, source, target, TUESDAY, sentence);
    }

    @Test
    void replaysTheClusteringAndScoresItAsTheDrillDoesWithMissesByReason(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("stories-events.jsonl");
        Files.writeString(jsonl, String.join("\n",
                line("v1", "https://a.example/1", "SANCTION", "USA", "IRN",
                        "The United States imposed sanctions on Iran on Tuesday."),
                line("v2", "https://c.example/2", "SANCTION", "USA", "IRN",
                        "Washington sanctioned Iranian oil exports on Tuesday."),
                line("v3", "https://d.example/3", "SANCTION", "USA", "IRN", "The United States sanctioned Iran on Monday."),
                line("v4", "https://e.example/4", "SANCTION", "IRN", "USA", "Iran was sanctioned by the United States."),
                line("w1", "https://f.example/5", "AGREE", "FRA", "DEU",
                        "France and Germany agreed a defence pact on Tuesday."),
                line("w2", "https://g.example/6", "AGREE", "DEU", "FRA", "Germany and France signed a pact on Monday."))
                + "\n");

        StoryReplay.Result r = StoryReplay.replay(CORPUS, StoryReplay.read(jsonl), StoryParameters.defaults());

        String e1 = CORPUS.half(CORPUS.events().get("w1-e1"));
        String e2 = CORPUS.half(CORPUS.events().get("w1-e2"));
        assertThat(List.of(e1, e2)).as("one pair in each half").containsExactlyInAnyOrder(StoryCorpus.DEV, StoryCorpus.SEALED);
        // e1: v1-v2 joined (same named day), v3 names another day: 1 of 3 gold pairs; e2: its 1 pair split by the day
        assertThat(r.events().score()).isEqualTo(new PairwiseScore(1, 1, 4));
        assertThat(r.events().mapped()).isEqualTo(5);
        String day = "day, both name a day, 1 apart";
        assertThat(r.missedByHalf()).isEqualTo(Map.of(e1, Map.of(day, 2), e2, Map.of(day, 1)));
        assertThat(r.falseByHalf()).isEmpty();
        assertThat(r.devFalse()).as("no false join, so no sentences of one").isEmpty();
        assertThat(r.unmapped()).as("a sanction told the other way round maps to no gold event")
                .isEqualTo(Map.of(e1, Map.of("direction flipped", 1)));
        assertThat(r.lostPairs().get(e1)).as("4 stories tell e1 (6 pairs); 3 have a mapped report (3)").containsExactly(6, 3);
        String devGold = e1.equals(StoryCorpus.DEV) ? "w1-e1" : "w1-e2";
        assertThat(r.devMisses()).as("sentences of the dev half's misses only")
                .hasSize(devGold.equals("w1-e1") ? 2 : 1).allMatch(m -> m.startsWith(day + " " + devGold + " "));
        assertThat(StoryReplay.print(r)).startsWith("REPLAY same-event P=1.000 R=0.250");
    }
}
