package org.entente.nlp.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable event id of docs/contracts.md: the first 16 bytes of SHA-256 over
 * {@code v1|articleId|sentenceIndex|type|source|target} (a headline's: {@code v1|articleId|title|sentenceIndex|...}),
 * so a replayed article yields the same ids.
 */
public final class EventId {

    private EventId() {
    }

    public static String of(String articleId, int sentenceIndex, String type, String source, String target) {
        return firstHalfOfSha256("v1|" + articleId + "|" + sentenceIndex + "|" + type + "|" + source + "|" + target);
    }

    /**
     * The id of an event found in the part {@code part} of the article. A text's ids are those of
     * {@link #of(String, int, String, String, String)}, unchanged; a headline's put the word {@code title} where
     * a text's sentence index stands, so the headline's sentence 0 never takes the id of the text's.
     */
    public static String of(String articleId, EvidencePart part, int sentenceIndex, String type, String source,
            String target) {
        if (part == EvidencePart.TEXT) {
            return of(articleId, sentenceIndex, type, source, target);
        }
        return firstHalfOfSha256("v1|" + articleId + "|" + part.wire() + "|" + sentenceIndex + "|" + type + "|"
                + source + "|" + target);
    }

    /**
     * A stand-in article id for text that did not come from the topic (POST /api/v1/extract): the
     * same text gives the same ids, like an article replayed.
     */
    public static String forText(String text) {
        return firstHalfOfSha256(text);
    }

    private static String firstHalfOfSha256(String material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }
}
