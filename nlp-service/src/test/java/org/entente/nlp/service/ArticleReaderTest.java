package org.entente.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.entente.contracts.MessageSchema;
import org.entente.nlp.domain.ArticleMessage;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ArticleReaderTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T05:00:00Z"), ZoneOffset.UTC);
    private final ArticleReader reader = new ArticleReader(new ObjectMapper().findAndRegisterModules(),
            new DateWindow(30, Duration.ofDays(1), NOW));

    private static String article(String schemaVersion, String publishedAt) {
        return """
                {"schemaVersion": %s, "id": "5f1c0b7d2a9e4c3b8a6f0e1d2c3b4a59",
                 "canonicalUrl": "https://news.example.org/a", "feedId": null, "title": "T",
                 "publishedAt": %s, "fetchedAt": "2026-11-21T08:00:04Z", "language": "en",
                 "text": "Oman and Iran met.", "contentFingerprint": "ab", "futureField": {"x": 1}}
                """.formatted(schemaVersion, publishedAt);
    }

    @Test
    void readsArticleV1AndIgnoresUnknownFields() {
        ArticleMessage article = reader.read(article("1", "\"2026-11-21T08:00:00Z\""));
        assertThat(article.id()).isEqualTo("5f1c0b7d2a9e4c3b8a6f0e1d2c3b4a59");
        assertThat(article.eventTime()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void readsEveryExampleOfTheContract() {
        for (JsonNode example : MessageSchema.ARTICLE.examples()) {
            ArticleMessage article = reader.read(example.toString());
            assertThat(article.id()).isEqualTo(example.path("id").asText());
            assertThat(article.canonicalUrl()).isEqualTo(example.path("canonicalUrl").asText());
            assertThat(article.text()).isEqualTo(example.path("text").asText());
            assertThat(article.eventTime()).isEqualTo(Instant.parse(example.path(
                    example.path("publishedAt").isNull() ? "fetchedAt" : "publishedAt").asText()));
        }
    }

    @Test
    void eventTimeFallsBackToFetchedAt() {
        assertThat(reader.read(article("1", "null")).eventTime()).isEqualTo(Instant.parse("2026-11-21T08:00:04Z"));
    }

    @Test
    void rejectsMalformedJsonWithWhere() {
        assertThatThrownBy(() -> reader.read("{\"schemaVersion\": 1, \"id\": "))
                .isInstanceOf(RejectedTextException.class)
                .hasMessageContaining("not a valid Article v1 JSON object at line 1")
                .extracting(e -> ((RejectedTextException) e).reason()).isEqualTo(SkipReason.MALFORMED_JSON);
    }

    @Test
    void rejectsEmptyValueAndJsonNull() {
        assertThatThrownBy(() -> reader.read(null)).hasMessageContaining("no value");
        assertThatThrownBy(() -> reader.read("null")).hasMessageContaining("JSON null");
    }

    @Test
    void rejectsUnknownSchemaVersion() {
        assertThatThrownBy(() -> reader.read(article("2", "null")))
                .hasMessageContaining("schemaVersion 2 is not supported")
                .extracting(e -> ((RejectedTextException) e).reason())
                .isEqualTo(SkipReason.UNSUPPORTED_SCHEMA_VERSION);
    }

    @Test
    void rejectsMissingIdAndVersion() {
        assertThatThrownBy(() -> reader.read("{\"schemaVersion\": 1, \"fetchedAt\": \"2026-11-21T08:00:04Z\"}"))
                .hasMessageContaining("no 'id'");
        assertThatThrownBy(() -> reader.read("{\"id\": \"x\"}")).hasMessageContaining("no 'schemaVersion'");
    }

    @Test
    void rejectsABadInstant() {
        assertThatThrownBy(() -> reader.read(article("1", "\"yesterday\"")))
                .extracting(e -> ((RejectedTextException) e).reason()).isEqualTo(SkipReason.MALFORMED_JSON);
    }

    @Test
    void rejectsADateFarInTheFutureOrThePastWithTheWindow() {
        for (String date : new String[] { "\"9999-12-31T00:00:00Z\"", "\"2026-12-06T00:00:00Z\"",
                "\"1200-01-01T00:00:00Z\"", "\"+1000000000-12-31T23:59:59Z\"" }) {
            assertThatThrownBy(() -> reader.read(article("1", date))).as(date)
                    .isInstanceOf(RejectedTextException.class)
                    .hasMessageContaining("is outside the accepted window from 1996-12-04T05:00:00Z to 2026-12-05T05:00:00Z")
                    .extracting(e -> ((RejectedTextException) e).reason()).isEqualTo(SkipReason.DATE_OUT_OF_RANGE);
        }
    }

    @Test
    void acceptsDatesInsideTheWindow() {
        assertThat(reader.read(article("1", "\"1997-01-01T00:00:00Z\"")).eventTime())
                .isEqualTo(Instant.parse("1997-01-01T00:00:00Z"));
        assertThat(reader.read(article("1", "\"2026-12-05T04:00:00Z\"")).eventTime())
                .isEqualTo(Instant.parse("2026-12-05T04:00:00Z"));
    }
}
