package org.entente.relations.ties;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aLostConnectionDeepInTheChainIsTransient() {
        var lost = new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(TransientFailures.isTransient(lost)).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("refused"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("the database system is shutting down", "57P03")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new PersistenceException("lock",
                new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
    }

    @Test
    void aRejectedRowIsNotTransient() {
        var rejected = new PersistenceException("could not execute statement",
                new SQLException("value too long for type character varying(3)", "22001"));
        assertThat(TransientFailures.isTransient(rejected)).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void backsOffExponentiallyUpToThirtySeconds() {
        assertThat(TransientFailures.waitBefore(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(TransientFailures.waitBefore(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(TransientFailures.waitBefore(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(TransientFailures.waitBefore(40)).isEqualTo(Duration.ofSeconds(30));
    }
}
