package org.entente.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The two identities of an article from docs/contracts.md: id from the canonical URL, fingerprint from the text. */
public record ArticleIdentity(String canonicalUrl, String id, String contentFingerprint) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** @throws IllegalArgumentException when the URL is not an absolute http(s) URL */
    public static ArticleIdentity of(String url, String text) {
        String canonical = UrlCanonicalizer.canonicalize(url);
        return new ArticleIdentity(canonical, articleId(canonical), fingerprint(text));
    }

    public static String articleId(String canonicalUrl) {
        byte[] digest = sha256(canonicalUrl);
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    public static String fingerprint(String text) {
        String normalized = WHITESPACE.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return HexFormat.of().formatHex(sha256(normalized));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
