package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublicationDateWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");
    private final PublicationDateWindow window = new PublicationDateWindow(Duration.ofDays(10958), Duration.ofDays(1));

    @Test
    void acceptsRecentDatesAndNoDate() {
        assertThat(window.accepts(null, NOW)).isTrue();
        assertThat(window.accepts(NOW, NOW)).isTrue();
        assertThat(window.accepts(Instant.parse("2000-01-01T00:00:00Z"), NOW)).isTrue();
        assertThat(window.accepts(NOW.plus(Duration.ofHours(23)), NOW)).isTrue();
    }

    @Test
    void refusesTheFarFutureTheFarPastAndTheEdgesOfTheTimeLine() {
        assertThat(window.accepts(Instant.parse("9999-12-31T23:59:59Z"), NOW)).isFalse();
        assertThat(window.accepts(NOW.plus(Duration.ofDays(2)), NOW)).isFalse();
        assertThat(window.accepts(Instant.parse("1990-01-01T00:00:00Z"), NOW)).isFalse();
        assertThat(window.accepts(Instant.parse("1200-06-01T00:00:00Z"), NOW)).isFalse();
        assertThat(window.accepts(Instant.MIN, NOW)).isFalse();
        assertThat(window.accepts(Instant.MAX, NOW)).isFalse();
    }

    @Test
    void neverAcceptsADateBeforeTheGregorianCalendarWhateverTheSetting() {
        PublicationDateWindow huge = new PublicationDateWindow(Duration.ofSeconds(Long.MAX_VALUE),
                Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(huge.accepts(Instant.parse("1500-01-01T00:00:00Z"), NOW)).isFalse();
        assertThat(huge.accepts(Instant.parse("1600-01-01T00:00:00Z"), NOW)).isTrue();
        assertThat(huge.describe(NOW)).startsWith("from 1583-01-01T00:00:00Z to ");
    }

    @Test
    void describesTheWindow() {
        assertThat(window.describe(NOW)).isEqualTo("from 1996-12-03T06:00:00Z to 2026-12-05T06:00:00Z");
    }
}
