package org.entente.netpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlRedactorTest {

    @Test
    void masksThePasswordAndKeepsTheRest() {
        assertThat(UrlRedactor.redact("https://reader:s3cret@news.example.org:8443/rss?x=1#f"))
                .isEqualTo("https://reader:***@news.example.org:8443/rss?x=1#f");
        assertThat(UrlRedactor.redact("http://user:p@ss:w@rd@host/feed")).isEqualTo("http://user:***@host/feed");
    }

    @Test
    void aUserInfoWithoutColonIsHiddenWhole() {
        assertThat(UrlRedactor.redact("https://ghp_TOKEN123@host/x")).isEqualTo("https://***@host/x");
    }

    @Test
    void urlsWithoutCredentialsAndBrokenTextPassUnchanged() {
        assertThat(UrlRedactor.redact("https://news.example.org/a@b")).isEqualTo("https://news.example.org/a@b");
        assertThat(UrlRedactor.redact("https://host/path?mail=a@b.org")).isEqualTo("https://host/path?mail=a@b.org");
        assertThat(UrlRedactor.redact("not a url")).isEqualTo("not a url");
        assertThat(UrlRedactor.redact("http://a:b@")).isEqualTo("http://a:***@");
        assertThat(UrlRedactor.redact(null)).isNull();
    }

    @Test
    void redactsEveryUrlInsideAMessage() {
        assertThat(UrlRedactor.redactIn("timed out reading http://u:pw1@a.example/x (read); then 'https://v:pw2@b.example/'"))
                .isEqualTo("timed out reading http://u:***@a.example/x (read); then 'https://v:***@b.example/'");
        assertThat(UrlRedactor.redactIn("no url here: mail@example.org")).isEqualTo("no url here: mail@example.org");
    }
}
