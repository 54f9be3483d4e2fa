package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The real check: every artifact the services and the launcher ship, against the advisories
 * ({@code -Dentente.audit.osv}, bundled snapshot by default). Fails the build on an open finding.
 */
class ShippedDependenciesAuditTest {

    @Test
    void noShippedDependencyHasAnOpenKnownVulnerability() throws IOException {
        Path list = Path.of(System.getProperty("entente.audit.dependencies", "target/shipped-dependencies.txt"));
        Path report = Path.of(System.getProperty("entente.audit.report", "target/audit-report.md"));
        DependencyAudit.Result result = AuditCommand.run(new String[] {
                "--osv", System.getProperty("entente.audit.osv", OsvSource.BUNDLED),
                "--accepted", System.getProperty("entente.audit.accepted", "accepted-risks.tsv"),
                "--report", report.toString(),
                list.toString() });

        // Guards against a vacuous pass: the list must really hold the services' runtime trees.
        assertThat(result.dependencies()).hasSizeGreaterThan(150);
        assertThat(result.dependencies()).extracting(Dependency::packageName)
                .contains("org.postgresql:postgresql", "edu.stanford.nlp:stanford-corenlp", "org.apache.kafka:kafka-server",
                        "io.quarkus:quarkus-vertx-http", "com.fasterxml.jackson.core:jackson-databind");
        assertThat(result.advisories()).isPositive();
        assertThat(result.open())
                .as("open findings; see %s:%n%s", report, Files.readString(report, StandardCharsets.UTF_8))
                .isEmpty();
    }
}
