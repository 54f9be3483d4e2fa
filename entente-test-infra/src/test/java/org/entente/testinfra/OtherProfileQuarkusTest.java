package org.entente.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A second profile makes Quarkus restart the application in a new class loader. */
@QuarkusTest
@TestProfile(OtherProfileQuarkusTest.Other.class)
class OtherProfileQuarkusTest {

    public static class Other implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.test.profile", "other");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void reusesTheInfrastructureOfTheJvmInsteadOfStartingASecondOne() throws Exception {
        assertThat(System.getProperty(EntenteInfrastructure.STARTS)).isEqualTo("1");
        assertThat(bootstrapServers).isEqualTo(EntenteInfrastructure.shared().bootstrapServers());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }
}
