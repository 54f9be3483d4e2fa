package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.audit.VersionRange.Event;
import org.entente.audit.VersionRange.Kind;
import org.junit.jupiter.api.Test;

class VersionRangeTest {

    private static VersionRange range(Event... events) {
        return new VersionRange(List.of(events));
    }

    @Test
    void twoBranchesWithTheirOwnFixes() {
        // events deliberately out of order: OSV does not promise sorted events
        VersionRange r = range(new Event(Kind.INTRODUCED, "2.13.0"), new Event(Kind.FIXED, "2.13.2.1"),
                new Event(Kind.INTRODUCED, "0"), new Event(Kind.FIXED, "2.12.6.1"));
        assertThat(r.contains("2.12.5")).isTrue();
        assertThat(r.contains("2.12.6.1")).isFalse();
        assertThat(r.contains("2.12.7")).isFalse();
        assertThat(r.contains("2.13.1")).isTrue();
        assertThat(r.contains("2.13.2.1")).isFalse();
        assertThat(r.contains("2.20.1")).isFalse();
        assertThat(r.fixedVersions()).containsExactlyInAnyOrder("2.13.2.1", "2.12.6.1");
    }

    @Test
    void lastAffectedIncludesThatVersion() {
        VersionRange r = range(new Event(Kind.INTRODUCED, "0"), new Event(Kind.LAST_AFFECTED, "1.8.0"));
        assertThat(r.contains("1.8.0")).isTrue();
        assertThat(r.contains("1.8.1")).isFalse();
    }

    @Test
    void mavenOrderingOfQualifiers() {
        VersionRange r = range(new Event(Kind.INTRODUCED, "4.0.0-RC1"), new Event(Kind.FIXED, "4.27.5"));
        assertThat(r.contains("3.25.8")).isFalse();
        assertThat(r.contains("4.0.0-RC1")).isTrue();
        assertThat(r.contains("4.0.0")).isTrue();
        assertThat(r.contains("4.27.4")).isTrue();
        assertThat(r.contains("4.32.1")).isFalse();
        VersionRange netty = range(new Event(Kind.INTRODUCED, "0"), new Event(Kind.FIXED, "4.1.100.Final"));
        assertThat(netty.contains("4.1.99.Final")).isTrue();
        assertThat(netty.contains("4.1.130.Final")).isFalse();
    }
}
