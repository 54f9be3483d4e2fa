package org.entente.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {

    @TempDir
    Path home;

    @Test
    void generatesA32ByteTokenOnceKeepsItOwnerOnlyAndReusesItNextTime() throws IOException {
        Path state = home.resolve(".entente");
        AdminToken first = AdminToken.resolve(null, state);
        assertThat(first.source()).isEqualTo(AdminToken.Source.GENERATED);
        assertThat(Base64.getUrlDecoder().decode(first.value())).hasSize(32);
        Path file = state.resolve("admin-token");
        assertThat(Files.readString(file, StandardCharsets.UTF_8).trim()).isEqualTo(first.value());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        AdminToken second = AdminToken.resolve(" ", state);
        assertThat(second.source()).isEqualTo(AdminToken.Source.FILE);
        assertThat(second.value()).isEqualTo(first.value());
    }

    @Test
    void twoGeneratedTokensDiffer() throws IOException {
        String a = AdminToken.resolve(null, home.resolve("a")).value();
        String b = AdminToken.resolve(null, home.resolve("b")).value();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void theEnvironmentWinsAndNothingIsWritten() throws IOException {
        Path state = home.resolve(".entente");
        AdminToken token = AdminToken.resolve("from-env-token", state);
        assertThat(token.value()).isEqualTo("from-env-token");
        assertThat(token.source()).isEqualTo(AdminToken.Source.ENVIRONMENT);
        assertThat(state.resolve("admin-token")).doesNotExist();
    }

    @Test
    void onlyANewlyGeneratedTokenIsShownAndToStringNeverShowsIt() throws IOException {
        Path state = home.resolve(".entente");
        AdminToken generated = AdminToken.resolve(null, state);
        assertThat(generated.describe(home, "http://localhost:8081")).contains(generated.value())
                .contains("Authorization: Bearer").contains(".entente/admin-token");
        assertThat(generated.toString()).doesNotContain(generated.value());

        AdminToken again = AdminToken.resolve(null, state);
        assertThat(again.describe(home, "http://localhost:8081")).doesNotContain(again.value())
                .contains(".entente/admin-token");
    }

    @Test
    void launchSettingsTakeTheVariableAndHideItInToString() {
        LaunchSettings settings = LaunchSettings.fromEnvironment(home, Map.of("ENTENTE_ADMIN_TOKEN", "s3cret-value"), false);
        assertThat(settings.adminTokenFromEnvironment()).isEqualTo("s3cret-value");
        assertThat(settings.toString()).doesNotContain("s3cret-value");
    }

    @Test
    void theStackHandsOutTheSameTokenItGivesTheServices() {
        LaunchSettings settings = LaunchSettings.fromEnvironment(home, Map.of(), false);
        EntenteStack stack = new EntenteStack(settings, System.out);
        String token = stack.adminToken();
        assertThat(token).isEqualTo(stack.adminToken());
        assertThat(new EntenteStack(settings, System.out).adminToken()).isEqualTo(token);
    }
}
