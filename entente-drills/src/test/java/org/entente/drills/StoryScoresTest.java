package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class StoryScoresTest {

    private static final Instant T = Instant.parse("2024-03-05T12:00:00Z");

    private static StoryCorpus.Article article(String id, String story, String canonical, String... events) {
        return new StoryCorpus.Article(id, story, id.equals(story) ? "original" : "copy",
                java.net.URI.create(canonical).getHost(), canonical,
                canonical, T, "t", "x", List.of(events));
    }

    /** Two look-alike sanctions (e1, e2) on one pair, an agreement (e3, symmetric); a1 has a copy a1-c1. */
    private static final StoryCorpus CORPUS = new StoryCorpus(List.of(
            article("a1", "a1", "https://a.example/1", "e1"),
            article("a1-c1", "a1", "https://b.example/1", "e1"),
            article("a1-c2", "a1", "https://a.example/1", "e1"),
            article("a2", "a2", "https://c.example/2", "e1"),
            article("a3", "a3", "https://d.example/3", "e2"),
            article("a4", "a4", "https://e.example/4", "e2", "e3")),
            Map.of("e1", new StoryCorpus.GoldEvent("e1", "SANCTION", "USA", "IRN", LocalDate.parse("2024-03-05"), ""),
                    "e2", new StoryCorpus.GoldEvent("e2", "SANCTION", "USA", "IRN", LocalDate.parse("2024-03-08"), ""),
                    "e3", new StoryCorpus.GoldEvent("e3", "AGREE", "IRN", "IRQ", LocalDate.parse("2024-03-08"), "")));

    @Test
    void pairwisePrecisionAndRecall() {
        // gold {x1,x2,x3} {y1}; predicted {x1,x2} {x3,y1}: 1 TP of 2 predicted and 3 gold pairs
        PairwiseScore s = PairwiseScore.of(List.of(new PairwiseScore.Item("p", "x", null),
                new PairwiseScore.Item("p", "x", null), new PairwiseScore.Item("q", "x", null),
                new PairwiseScore.Item("q", "y", null)));
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(PairwiseScore.of(List.of(new PairwiseScore.Item("p", "x", "g"), new PairwiseScore.Item("p", "y", "g")))
                .predictedPairs())
                .as("pairs within one group are not counted").isZero();
    }

    @Test
    void sameStoryCountsTheCopyAndNotTheSameUrlTwice() {
        // ingest published a1 and recorded its copy under it; a2 is another outlet's own article
        PairwiseScore s = StoryScores.sameStory(CORPUS, Map.of("https://a.example/1", "A1", "https://b.example/1", "A1",
                "https://c.example/2", "A2", "https://d.example/3", "A3", "https://e.example/4", "A4"));
        assertThat(s).isEqualTo(new PairwiseScore(1, 1, 1));
        PairwiseScore merged = StoryScores.sameStory(CORPUS, Map.of("https://a.example/1", "A1", "https://b.example/1", "A1",
                "https://c.example/2", "A1", "https://d.example/3", "A3"));
        assertThat(merged.precision()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(merged.goldPairs()).as("the unrecorded a4 is a story of its own").isEqualTo(1);
    }

    @Test
    void sameEventMapsReportsToTheGoldFromTheStoriesContract() throws Exception {
        // story s1 joins the two reports of e1 and, wrongly, a report of the look-alike e2; s2 has the other e2 report;
        // s3 is the agreement reported against its gold direction (symmetric); the DISAPPROVE has no gold event
        String json = """
                {"stories":[
                 {"id":"s1","type":"SANCTION","source":"USA","target":"IRN","firstReportedAt":"2024-03-05T12:00:00Z",
                  "lastReportedAt":"2024-03-08T12:00:00Z","outletCount":3,"reportCount":3,"weight":-6,"contribution":-6,
                  "reports":[{"eventId":"v1","articleId":"A1","articleUrl":"https://a.example/1","articleTitle":"t","outlet":"a.example","sentence":"s","eventTime":"2024-03-05T00:00:00Z"},
                             {"eventId":"v2","articleId":"A2","articleUrl":"https://c.example/2","articleTitle":"t","outlet":"c.example","sentence":"s","eventTime":"2024-03-05T00:00:00Z"},
                             {"eventId":"v3","articleId":"A3","articleUrl":"https://d.example/3","articleTitle":"t","outlet":"d.example","sentence":"s","eventTime":"2024-03-08T00:00:00Z"}]},
                 {"id":"s2","type":"SANCTION","source":"USA","target":"IRN","firstReportedAt":"2024-03-08T12:00:00Z",
                  "lastReportedAt":"2024-03-08T12:00:00Z","outletCount":1,"reportCount":1,"weight":-6,"contribution":-6,
                  "reports":[{"eventId":"v4","articleId":"A4","articleUrl":"https://e.example/4","articleTitle":"t","outlet":"e.example","sentence":"s","eventTime":"2024-03-08T00:00:00Z"}]},
                 {"id":"s3","type":"AGREE","source":"IRQ","target":"IRN","reports":[{"eventId":"v5","articleId":"A4","articleUrl":"https://e.example/4","eventTime":"2024-03-08T00:00:00Z"}]},
                 {"id":"s4","type":"DISAPPROVE","source":"IRN","target":"USA","reports":[{"eventId":"v6","articleId":"A4","articleUrl":"https://e.example/4","eventTime":"2024-03-08T00:00:00Z"},
                                                                                         {"eventId":"v7","articleId":"X","articleUrl":"https://elsewhere.example/x","eventTime":"2024-03-08T00:00:00Z"}]}],
                 "nextCursor":null,"limit":100}
                """;
        StoryScores.EventResult r = StoryScores.sameEvent(CORPUS,
                StoryScores.reports(List.of(new ObjectMapper().readTree(json))));
        assertThat(r.reports()).isEqualTo(7);
        assertThat(r.mapped()).isEqualTo(5);
        assertThat(r.noGoldEvent()).isEqualTo(1);
        assertThat(r.unknownArticle()).isEqualTo(1);
        assertThat(r.goldOfReport()).containsEntry("v3", "e2").containsEntry("v5", "e3");
        // predicted pairs across articles: v1-v2, v1-v3, v2-v3 (s1); gold pairs: v1-v2 (e1), v3-v4 (e2)
        assertThat(r.score()).isEqualTo(new PairwiseScore(1, 3, 2));
        // relations' own undecayed sums: s1 -6 x c(3), s2 -6 x c(1), s4 (no weight given) 0
        double[] sums = StoryScores.storySums(List.of(new ObjectMapper().readTree(json))).get("IRN|USA");
        assertThat(sums[0]).isCloseTo(-6 * StoryScores.corroboration(3) - 6, within(1e-9));
        assertThat(sums[1]).isEqualTo(3);
    }

    @Test
    void aReportOfAnArticleWithTwoLookAlikesMapsToTheDayItsSentenceNames() throws Exception {
        StoryCorpus both = new StoryCorpus(List.of(article("a5", "a5", "https://f.example/5", "e1", "e2")),
                Map.of("e1", new StoryCorpus.GoldEvent("e1", "SANCTION", "USA", "IRN", LocalDate.parse("2024-03-05"), ""),
                        "e2", new StoryCorpus.GoldEvent("e2", "SANCTION", "USA", "IRN", LocalDate.parse("2024-03-08"), "")));
        // published on the 8th, the day of e2; "on Tuesday" (the 5th) tells of e1, a sentence naming no day of e2
        String json = """
                {"stories":[{"id":"s1","type":"SANCTION","source":"USA","target":"IRN","reports":[
                  {"eventId":"v1","articleId":"A5","articleUrl":"https://f.example/5","eventTime":"2024-03-08T09:00:00Z","eventDay":"2024-03-05"},
                  {"eventId":"v2","articleId":"A5","articleUrl":"https://f.example/5","eventTime":"2024-03-08T09:00:00Z","eventDay":null}]}]}
                """;
        StoryScores.EventResult r = StoryScores.sameEvent(both,
                StoryScores.reports(List.of(new ObjectMapper().readTree(json))));
        assertThat(r.goldOfReport()).containsEntry("v1", "e1").containsEntry("v2", "e2");
    }

    @Test
    void goldTiesCountEachEventOnceAndNaiveTiesEveryArticle() {
        // e1: originals a1 (a.example) and a2 (c.example), the copy does not count as an outlet; e2: a3 and a4
        StoryScores.GoldTie t = StoryScores.goldTies(CORPUS).get("IRN|USA");
        assertThat(t.goldEvents()).isEqualTo(2);
        assertThat(t.goldSum()).isEqualTo(-6 * 1.25 * 2);
        assertThat(t.articleMentions()).isEqualTo(6);
        assertThat(t.naiveSum()).isEqualTo(-36.0);
        assertThat(t.goldScore()).isCloseTo(100 * Math.tanh(-15 / 25.0), within(1e-9));
        assertThat(StoryScores.corroboration(1)).isEqualTo(1.0);
        assertThat(StoryScores.corroboration(3)).isCloseTo(1.396, within(0.001));
        assertThat(StoryScores.corroboration(6)).isEqualTo(1.5);
        assertThat(StoryScores.goldTies(CORPUS).get("IRN|IRQ").goldSum()).isEqualTo(2.5);
    }
}
