package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DependencyAuditTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Advisory advisory() throws IOException {
        return OsvRecordReader.read(new ByteArrayInputStream(OsvSourceTest.MAVEN.getBytes(StandardCharsets.UTF_8)), "test")
                .orElseThrow();
    }

    @Test
    void aVulnerableVersionIsAnOpenFindingWithItsFix() throws IOException {
        Dependency old = new Dependency("org.example", "lib", "1.0.0");
        Dependency fixed = new Dependency("org.example", "lib", "1.3.0");
        DependencyAudit.Result result = DependencyAudit.run(List.of(old, fixed), List.of(advisory()), List.of(), TODAY);
        assertThat(result.clean()).isFalse();
        assertThat(result.open()).singleElement().satisfies(f -> {
            assertThat(f.dependency()).isEqualTo(old);
            assertThat(f.fixedIn()).containsExactly("1.2.0");
        });
        assertThat(AuditReport.summaryLine(result)).isEqualTo("AUDIT FAIL dependencies=2 advisories=1 open=1 accepted=0");
        assertThat(AuditReport.markdown(result, "test"))
                .contains("| org.example:lib:1.0.0 | GHSA-test-0001 (CVE-2099-0001) | HIGH | 1.2.0 |");
    }

    @Test
    void anAcceptanceHidesTheFindingUntilItExpires() throws IOException {
        Dependency old = new Dependency("org.example", "lib", "1.0.0");
        AcceptedRisk risk = new AcceptedRisk("CVE-2099-0001", "org.example:lib", TODAY, "not reachable: test");
        assertThat(DependencyAudit.run(List.of(old), List.of(advisory()), List.of(risk), TODAY).accepted()).hasSize(1);
        DependencyAudit.Result later = DependencyAudit.run(List.of(old), List.of(advisory()), List.of(risk), TODAY.plusDays(1));
        assertThat(later.open()).hasSize(1);
        assertThat(later.accepted()).isEmpty();
    }
}
