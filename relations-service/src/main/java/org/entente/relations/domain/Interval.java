package org.entente.relations.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** History buckets: UTC days, ISO weeks (Monday first) or calendar months. */
public enum Interval {
    DAY,
    WEEK,
    MONTH;

    /** The last day of the bucket that contains {@code day}. */
    public LocalDate bucketEnd(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
