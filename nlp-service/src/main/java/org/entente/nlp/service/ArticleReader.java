package org.entente.nlp.service;

import org.entente.nlp.domain.ArticleMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an Article v1 record value and says, in words an operator can act on, why a record is not
 * one. Those words become the {@code dead-letter-reason} header on {@code articles-dlq}.
 */
public final class ArticleReader {

    private static final String CONTRACT = "; records on 'articles' must be Article v1 JSON (docs/contracts.md)";

    private static final int MAX_ID_CHARS = 64;

    private final ObjectMapper json;
    private final DateWindow dates;

    public ArticleReader(ObjectMapper json, DateWindow dates) {
        this.json = json;
        this.dates = dates;
    }

    public ArticleMessage read(String value) {
        if (value == null || value.isBlank()) {
            throw new RejectedTextException(SkipReason.MALFORMED_JSON, "the record has no value" + CONTRACT);
        }
        ArticleMessage article = parse(value);
        if (article.schemaVersion() == null) {
            throw missing("schemaVersion");
        }
        if (article.schemaVersion() != ArticleMessage.SCHEMA_VERSION) {
            throw new RejectedTextException(SkipReason.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion "
                    + article.schemaVersion() + " is not supported: this nlp-service reads Article v"
                    + ArticleMessage.SCHEMA_VERSION + "; upgrade nlp-service or republish the article as v1");
        }
        if (article.id() == null || article.id().isBlank()) {
            throw missing("id");
        }
        if (article.id().length() > MAX_ID_CHARS || article.id().chars().anyMatch(Character::isISOControl)) {
            // it becomes every event's articleId and a part of its id, which relations-service stores in 64
            throw new RejectedTextException(SkipReason.MALFORMED_JSON, "the article id is not an Article v1 id ("
                    + article.id().length() + " characters, at most " + MAX_ID_CHARS
                    + " printable ones; ingest-service sends 32 hex characters)" + CONTRACT);
        }
        if (article.canonicalUrl() == null || article.canonicalUrl().isBlank()) {
            throw missing("canonicalUrl"); // every event needs it as its evidence link
        }
        if (article.eventTime() == null) {
            throw missing("fetchedAt");
        }
        dates.check(article.eventTime(), "the article's date (publishedAt, else fetchedAt)");
        return article;
    }

    private ArticleMessage parse(String value) {
        try {
            ArticleMessage article = json.readValue(value, ArticleMessage.class);
            if (article == null) {
                throw new RejectedTextException(SkipReason.MALFORMED_JSON, "the record value is JSON null" + CONTRACT);
            }
            return article;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new RejectedTextException(SkipReason.MALFORMED_JSON,
                    "the record value is not a valid Article v1 JSON object" + where + ": "
                            + e.getOriginalMessage() + CONTRACT,
                    e);
        }
    }

    private static RejectedTextException missing(String field) {
        return new RejectedTextException(SkipReason.MISSING_FIELD,
                "the article has no '" + field + "'" + CONTRACT);
    }
}
