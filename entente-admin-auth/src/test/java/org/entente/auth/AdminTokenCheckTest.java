package org.entente.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AdminTokenCheckTest {

    @Test
    void acceptsOnlyTheConfiguredToken() {
        AdminTokenCheck check = new AdminTokenCheck(Optional.of("s3cret-token"));
        assertThat(check.configured()).isTrue();
        assertThat(check.matches("s3cret-token")).isTrue();
        assertThat(check.matches("s3cret-tokem")).isFalse();
        assertThat(check.matches("s3cret-token-longer")).isFalse();
        assertThat(check.matches("")).isFalse();
        assertThat(check.matches(null)).isFalse();
    }

    @Test
    void withoutAConfiguredTokenNothingIsAccepted() {
        for (Optional<String> none : java.util.List.of(Optional.<String> empty(), Optional.of(""), Optional.of("   "))) {
            AdminTokenCheck check = new AdminTokenCheck(none);
            assertThat(check.configured()).isFalse();
            assertThat(check.matches("")).isFalse();
            assertThat(check.matches("   ")).isFalse();
            assertThat(check.matches("anything")).isFalse();
        }
    }

    @Test
    void readsTheBearerSchemeOnly() {
        assertThat(AdminTokenCheck.bearerToken("Bearer abc")).isEqualTo("abc");
        assertThat(AdminTokenCheck.bearerToken("bearer  abc ")).isEqualTo("abc");
        assertThat(AdminTokenCheck.bearerToken("Basic YWRtaW46YWRtaW4=")).isNull();
        assertThat(AdminTokenCheck.bearerToken("Bearer ")).isNull();
        assertThat(AdminTokenCheck.bearerToken("Bearerabc")).isNull();
        assertThat(AdminTokenCheck.bearerToken(null)).isNull();
    }

    @Test
    void theRequestNeverShowsTheToken() {
        assertThat(new AdminTokenRequest("s3cret-token").toString()).doesNotContain("s3cret");
    }
}
