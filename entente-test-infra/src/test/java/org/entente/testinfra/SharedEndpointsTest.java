package org.entente.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

/** The static API the end-to-end tests use, without Quarkus. */
class SharedEndpointsTest {

    @Test
    void sharedReturnsTheSameWorkingEndpointsEveryTime() throws Exception {
        Endpoints first = EntenteInfrastructure.shared();
        assertThat(EntenteInfrastructure.shared()).isEqualTo(first);
        assertThat(first.asEnvironment()).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_JDBC_URL");
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
