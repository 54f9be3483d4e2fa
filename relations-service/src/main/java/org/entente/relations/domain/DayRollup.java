package org.entente.relations.domain;

import java.time.LocalDate;

/** One pair's events of one UTC day: their weights decayed to the end of the day, overall and per direction. */
public record DayRollup(LocalDate day, int eventCount, double mass, double forward, double backward) {
}
