package org.entente.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** Which classes the fast local loop leaves out: those that boot Quarkus, and classes nested in them. */
class UnitTestsOnlyTest {

    @QuarkusIntegrationTest
    static class BootsQuarkus {
        static class Inside {
        }
    }

    static class PlainJava {
    }

    @Test
    void aQuarkusTestClassAndWhatItEnclosesAreLeftOut() {
        assertThat(UnitTestsOnly.bootsQuarkus(BootsQuarkus.class)).isTrue();
        assertThat(UnitTestsOnly.bootsQuarkus(BootsQuarkus.Inside.class)).isTrue();
    }

    @Test
    void aPlainClassRuns() {
        assertThat(UnitTestsOnly.bootsQuarkus(PlainJava.class)).isFalse();
        assertThat(UnitTestsOnly.bootsQuarkus(UnitTestsOnlyTest.class)).isFalse();
    }
}
