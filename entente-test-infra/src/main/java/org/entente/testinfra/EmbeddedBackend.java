package org.entente.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.embedded.EmbeddedKafka;
import org.entente.embedded.EmbeddedPostgres;

/** The in-process KRaft broker and zonky PostgreSQL, data in a temporary directory. */
final class EmbeddedBackend {

    private EmbeddedBackend() {
    }

    static Endpoints start() {
        BrokerLogLevels.warningsOnly();
        try {
            Path dir = Files.createTempDirectory("entente-test-infra-");
            EmbeddedPostgres postgres = EmbeddedPostgres.start(dir.resolve("postgres"), 0);
            EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is going away; the temporary directory goes with the next reboot.
                }
            }, "entente-test-infra-stop"));
            return new Endpoints(kafka.bootstrapServers(), postgres.jdbcUrl(), EmbeddedPostgres.USER,
                    EmbeddedPostgres.PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Kafka and PostgreSQL", e);
        }
    }
}
