package org.entente.nlp.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable event id of docs/contracts.md: the first 16 bytes of SHA-256 over
 * {@code v1|articleId|sentenceIndex|type|source|target}, so a replayed article yields the same ids.
 */
public final class EventId {

    private EventId() {
    }

    public static String of(String articleId, int sentenceIndex, String type, String source, String target) {
        return firstHalfOfSha256("v1|" + articleId + "|" + sentenceIndex + "|" + type + "|" + source + "|" + target);
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
