package org.entente.relations.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The webhook signature and the retry schedule. */
class AlertWebhookSignatureTest {

    @Test
    void signsWithHmacSha256OverTheRawBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSigner.sign("Jefe", body))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(WebhookSigner.verify("Jefe", body, WebhookSigner.sign("Jefe", body))).isTrue();
        assertThat(WebhookSigner.verify("jefe", body, WebhookSigner.sign("Jefe", body))).isFalse();
        assertThat(WebhookSigner.verify("Jefe", "tampered".getBytes(StandardCharsets.UTF_8),
                WebhookSigner.sign("Jefe", body))).isFalse();
    }

    @Test
    void backoffDoublesUpToTheCapThenGivesUp() {
        WebhookBackoff backoff = new WebhookBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 6);
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(6)).isNull();
    }
}
