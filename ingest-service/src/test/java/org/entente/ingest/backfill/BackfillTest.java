package org.entente.ingest.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.entente.auth.AdminAccess;
import org.entente.ingest.testing.ArticlesTopic;
import org.entente.ingest.testing.FeedFixtures;
import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The backfill command against the running service: JSON Lines and a folder of saved feeds. */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BackfillTest {

    private final String prefix = "https://backfill-" + UUID.randomUUID() + ".example.org/";

    @Test
    void importsJsonLinesSkippingBadLinesAndDuplicates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            lines.append("{\"url\":\"").append(prefix).append("j-").append(i)
                    .append("\",\"title\":\"T").append(i).append("\",\"text\":\"Historic story ").append(i)
                    .append(" about Egypt and Jordan.\",\"publishedAt\":\"2020-01-0").append(i + 1)
                    .append("T00:00:00Z\",\"language\":\"en\"}\n");
        }
        lines.append("{not json}\n");
        lines.append("{\"url\":\"ftp://example.org/x\",\"text\":\"t\"}\n");
        lines.append("{\"url\":\"").append(prefix).append("j-0?utm_source=x\",\"text\":\"another copy\"}\n");
        Files.writeString(file, lines.toString());

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        BackfillProgress.Summary summary = Backfill.run(file, "http://localhost:" + RestAssured.port, AdminAccess.TEST_TOKEN, 3,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(summary.units()).isEqualTo(10);
        assertThat(summary.published()).isEqualTo(7);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.failedBatches()).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("history.jsonl:8: not a JSON object")
                .contains("Done: 10/10 (100 %), 7 published, 1 duplicates, 2 skipped");
        try (ArticlesTopic topic = new ArticlesTopic()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.withUrlPrefix(prefix).size() >= 7);
            assertThat(topic.withUrlPrefix(prefix)).hasSize(7);
        }
    }

    /**
     * The server refuses a whole batch for one bad article (here a date in year 9999); the backfill
     * reports that article and sends the rest of its batch again, so one line never costs the others.
     */
    @Test
    void anArticleTheServerRefusesCostsOnlyItself(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dated.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String date = i == 1 ? "9999-12-31T23:59:59Z" : "2024-05-0" + (i + 1) + "T00:00:00Z";
            lines.append("{\"url\":\"").append(prefix).append("d-").append(i).append("\",\"text\":\"Dated story ")
                    .append(i).append(" about Egypt and Jordan.\",\"publishedAt\":\"").append(date).append("\"}\n");
        }
        Files.writeString(file, lines.toString());

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        BackfillProgress.Summary summary = Backfill.run(file, "http://localhost:" + RestAssured.port,
                AdminAccess.TEST_TOKEN, 3, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(summary.published()).isEqualTo(4);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.failedBatches()).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("dated.jsonl:2: publishedAt");
        try (ArticlesTopic topic = new ArticlesTopic()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.withUrlPrefix(prefix).size() >= 4);
            assertThat(topic.withUrlPrefix(prefix)).hasSize(4)
                    .noneMatch(r -> r.value().path("canonicalUrl").asText().endsWith("d-1"));
        }
    }

    @Test
    void importsAFolderOfSavedFeeds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2025"));
        Files.writeString(dir.resolve("2025/world.xml"), FeedFixtures.rss("W", 4, i -> prefix + "f-" + i, "Folder"));
        Files.writeString(dir.resolve("more.rss"), FeedFixtures.rss("M", 2, i -> prefix + "g-" + i, "Other"));
        Files.writeString(dir.resolve("broken.atom"), "<feed");
        Files.writeString(dir.resolve("notes.txt"), "not a feed file");

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        BackfillProgress.Summary summary = Backfill.run(dir, "http://localhost:" + RestAssured.port, AdminAccess.TEST_TOKEN,
                100,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(summary.units()).isEqualTo(3);
        assertThat(summary.published()).isEqualTo(6);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("broken.atom: malformed XML");
    }
}
