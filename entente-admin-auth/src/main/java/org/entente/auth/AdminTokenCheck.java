package org.entente.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Compares a presented token with the configured one without leaking, through timing, how much of it
 * matched or how long it is: both sides are hashed to 32 bytes, then compared in constant time.
 */
public final class AdminTokenCheck {

    private final byte[] expectedDigest;

    public AdminTokenCheck(Optional<String> configured) {
        this.expectedDigest = configured.filter(t -> !t.isBlank()).map(t -> sha256(t.trim())).orElse(null);
    }

    /** Whether a token is configured at all; without one every presented token is refused. */
    public boolean configured() {
        return expectedDigest != null;
    }

    public boolean matches(String presented) {
        if (expectedDigest == null || presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, sha256(presented));
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header value (scheme case-insensitive, RFC 6750),
     * or null for an absent header or another scheme.
     */
    public static String bearerToken(String authorizationHeader) {
        if (authorizationHeader == null) {
            return null;
        }
        String value = authorizationHeader.trim();
        if (value.length() <= 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
