package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @Test
    void idIsTheFirst16BytesOfSha256OfTheCanonicalUrlInHex() throws Exception {
        String canonical = "https://news.example.org/world/saudi-iran-restore-ties";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(digest).substring(0, 32);

        ArticleIdentity identity = ArticleIdentity.of(
                "https://NEWS.example.org/world/saudi-iran-restore-ties/?utm_source=rss", "text");

        assertThat(identity.canonicalUrl()).isEqualTo(canonical);
        assertThat(identity.id()).isEqualTo(expected).hasSize(32).matches("[0-9a-f]{32}");
    }

    @Test
    void fingerprintIgnoresCaseAndWhitespaceRunsButNotWords() {
        String a = ArticleIdentity.fingerprint("Saudi Arabia  and\nIran agreed.");
        String b = ArticleIdentity.fingerprint("  saudi arabia and iran\t AGREED. ");
        String c = ArticleIdentity.fingerprint("Saudi Arabia and Iraq agreed.");
        assertThat(a).isEqualTo(b).hasSize(64);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void fingerprintIsSha256OfTheNormalizedText() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("a b".getBytes(StandardCharsets.UTF_8));
        assertThat(ArticleIdentity.fingerprint(" A \n B ")).isEqualTo(HexFormat.of().formatHex(digest));
    }
}
