package org.entente.relations.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The tie model: how much one event moves a tie, how weights fade, and how a decayed sum becomes a
 * bounded score. Plain Java on purpose, so the consumer, the history queries and the admin
 * recompute all use exactly the same arithmetic (docs/tie-strength.md).
 */
public final class TieScorer {

    public static final double MAX_SCORE = 100.0;
    private static final double SECONDS_PER_DAY = 86_400.0;

    private final ScoringParameters parameters;

    public TieScorer(ScoringParameters parameters) {
        this.parameters = parameters;
    }

    public ScoringParameters parameters() {
        return parameters;
    }

    /** The undecayed weight of one event: type (+ subtype bonus), times modality, times confidence. */
    public double weight(EventType type, String subtype, Modality modality, double confidence) {
        double base = parameters.typeWeights().get(type);
        if (subtype != null) {
            base += parameters.subtypeBonus().getOrDefault(subtype, 0.0);
        }
        double factor = switch (modality) {
            case ASSERTED -> 1.0;
            case INTENT -> parameters.intentFactor();
            case NEGATED -> base > 0 ? parameters.negatedCooperationFactor() : parameters.negatedConflictFactor();
        };
        return base * factor * Math.max(0.0, Math.min(1.0, confidence));
    }

    /** 2^(-elapsed / half-life); above 1 when {@code to} is before {@code from}. */
    public double decay(Instant from, Instant to) {
        double days = Duration.between(from, to).toMillis() / 1000.0 / SECONDS_PER_DAY;
        return decayDays(days);
    }

    public double decayDays(double days) {
        return Math.pow(2.0, -days / parameters.halfLifeDays());
    }

    /**
     * Adds an event's weight at {@code at}, in the forward (first to second) direction or not.
     * The result does not depend on the order of additions (up to floating-point rounding).
     */
    public TieMasses add(TieMasses masses, double weight, Instant at, boolean forward) {
        double fw = forward ? weight : 0.0;
        double bw = forward ? 0.0 : weight;
        if (masses.isEmpty()) {
            return new TieMasses(weight, fw, bw, at);
        }
        if (at.isAfter(masses.asOf())) {
            double d = decay(masses.asOf(), at);
            return new TieMasses(masses.total() * d + weight, masses.forward() * d + fw,
                    masses.backward() * d + bw, at);
        }
        double d = decay(at, masses.asOf());
        return new TieMasses(masses.total() + weight * d, masses.forward() + fw * d,
                masses.backward() + bw * d, masses.asOf());
    }

    /** A mass held at {@code asOf}, decayed (or grown, when earlier) to {@code at}. */
    public double valueAt(double mass, Instant asOf, Instant at) {
        return asOf == null ? 0.0 : mass * decay(asOf, at);
    }

    /** Maps a decayed sum onto -100..100: 100 * tanh(value / scale). */
    public double score(double value) {
        return MAX_SCORE * Math.tanh(value / parameters.scale());
    }

    public double scoreAt(double mass, Instant asOf, Instant at) {
        return score(valueAt(mass, asOf, at));
    }

    /** Daily rollups hold weights decayed to the end of their day (midnight UTC after it). */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** An event's weight as it enters its day's rollup. */
    public double rollupWeight(double weight, Instant at) {
        return weight * decay(at, endOfDay(dayOf(at)));
    }
}
