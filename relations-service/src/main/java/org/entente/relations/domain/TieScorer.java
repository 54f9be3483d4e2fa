package org.entente.relations.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The tie model: how much one event moves a tie, how weights fade, and how a decayed sum becomes a
 * bounded score. Plain Java on purpose, so the consumer, the history queries and the admin
 * recompute all use exactly the same arithmetic (docs/tie-strength.md).
 */
public final class TieScorer {

    public static final double MAX_SCORE = 100.0;
    private static final double SECONDS_PER_DAY = 86_400.0;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

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

    /** StrictMath, not Math: an intrinsic may round differently once the JIT compiles the caller. */
    public double decayDays(double days) {
        return StrictMath.pow(2.0, -days / parameters.halfLifeDays());
    }

    /**
     * Adds an event's weight at {@code at}, in the forward (first to second) direction or not.
     * The result does not depend on the order of additions, to the last bit: each event becomes one
     * exact term, {@code w × 2^(phase(at) − whole half-lives of asOf)}, where the phase counts
     * half-lives since 1970 and the term's fractional power is computed from its own instant only.
     * Moving {@code asOf} to a later event rescales the sums by a whole power of two, which is exact.
     * The mass at {@code asOf} is then the exact sum, rounded once, times 2^(−fraction of asOf).
     */
    public TieMasses add(TieMasses masses, double weight, Instant at, boolean forward) {
        Instant asOf = masses.isEmpty() || at.isAfter(masses.asOf()) ? at : masses.asOf();
        Phase anchor = phase(asOf);
        long regrown = masses.isEmpty() ? 0 : phase(masses.asOf()).halvings() - anchor.halvings();
        Phase phase = phase(at);
        ExactSum term = ExactSum.of(weight * StrictMath.pow(2.0, phase.fraction()))
                .timesPowerOfTwo(phase.halvings() - anchor.halvings());
        TieMasses.Anchored before = masses.anchored();
        ExactSum total = before.total().timesPowerOfTwo(regrown).plus(term);
        ExactSum fw = before.forward().timesPowerOfTwo(regrown);
        ExactSum bw = before.backward().timesPowerOfTwo(regrown);
        return masses(new TieMasses.Anchored(total, forward ? fw.plus(term) : fw, forward ? bw : bw.plus(term)), asOf);
    }

    /**
     * One story's share of a tie: its contribution (weight × corroboration) at its time, in one direction, or
     * (undirected: a symmetric type such as AGREE, whose direction is only the order a sentence named the nations
     * in) half in each, so the directed sums do not depend on which outlet's wording leads the story.
     */
    public record Term(double contribution, Instant at, boolean forward, boolean undirected) {

        public Term(double contribution, Instant at, boolean forward) {
            this(contribution, at, forward, false);
        }
    }

    /**
     * Moves {@code asOf} to {@code eventTime} when that is later, takes the {@code removed} terms out and
     * puts the {@code added} ones in: how a tie follows its stories as reports join and merge them. A
     * term leaves exactly as it came in (the same double, negated, times the same power of two), so the
     * sums stay a function of the set of stories, whatever the order of the changes.
     */
    public TieMasses change(TieMasses masses, Instant eventTime, List<Term> removed, List<Term> added) {
        Instant asOf = masses.isEmpty() || eventTime.isAfter(masses.asOf()) ? eventTime : masses.asOf();
        long anchor = phase(asOf).halvings();
        long regrown = masses.isEmpty() ? 0 : phase(masses.asOf()).halvings() - anchor;
        TieMasses.Anchored before = masses.anchored();
        ExactSum total = before.total().timesPowerOfTwo(regrown);
        ExactSum fw = before.forward().timesPowerOfTwo(regrown);
        ExactSum bw = before.backward().timesPowerOfTwo(regrown);
        for (int sign = -1; sign <= 1; sign += 2) {
            for (Term t : sign < 0 ? removed : added) {
                ExactSum term = anchoredTerm(sign * t.contribution(), t.at(), anchor);
                total = total.plus(term);
                if (t.undirected()) {
                    // Halving multiplies by a power of two: exact, and the two halves add up to the term.
                    fw = fw.plus(term.timesPowerOfTwo(-1));
                    bw = bw.plus(term.timesPowerOfTwo(-1));
                } else {
                    fw = t.forward() ? fw.plus(term) : fw;
                    bw = t.forward() ? bw : bw.plus(term);
                }
            }
        }
        return masses(new TieMasses.Anchored(total, fw, bw), asOf);
    }

    /** {@code weight × 2^(phase(at))} as an exact sum anchored at {@code anchor} whole half-lives. */
    private ExactSum anchoredTerm(double weight, Instant at, long anchor) {
        Phase phase = phase(at);
        return ExactSum.of(weight * StrictMath.pow(2.0, phase.fraction())).timesPowerOfTwo(phase.halvings() - anchor);
    }

    /** The masses at {@code asOf} of exact sums anchored at {@code asOf}'s whole half-life count. */
    public TieMasses masses(TieMasses.Anchored anchored, Instant asOf) {
        double fraction = StrictMath.pow(2.0, -phase(asOf).fraction());
        return new TieMasses(anchored, asOf, anchored.total().toDouble() * fraction,
                anchored.forward().toDouble() * fraction, anchored.backward().toDouble() * fraction);
    }

    /**
     * Exact sums for masses held only as doubles (tie rows written before the sums existed), so such
     * a tie can take new events until the startup rebuild replaces it with sums from its events.
     */
    public TieMasses fromDoubles(double total, double forward, double backward, Instant asOf) {
        double grow = StrictMath.pow(2.0, phase(asOf).fraction());
        return masses(new TieMasses.Anchored(ExactSum.of(total * grow), ExactSum.of(forward * grow),
                ExactSum.of(backward * grow)), asOf);
    }

    /**
     * An instant as whole half-lives since 1970 plus the fraction of the next one, from milliseconds:
     * the same instant always gives the same phase, which exact order-free sums rely on.
     */
    public Phase phase(Instant at) {
        double halfLife = parameters.halfLifeDays() * MILLIS_PER_DAY;
        double millis = at.toEpochMilli();
        long halvings = (long) Math.floor(millis / halfLife);
        double rest = Math.fma(-(double) halvings, halfLife, millis);
        if (rest < 0) {
            halvings--;
            rest += halfLife;
        } else if (rest >= halfLife) {
            halvings++;
            rest -= halfLife;
        }
        return new Phase(halvings, Math.min(rest / halfLife, Math.nextDown(1.0)));
    }

    /** Whole half-lives since 1970 and the fraction [0, 1) of the next. */
    public record Phase(long halvings, double fraction) {
    }

    /** A mass held at {@code asOf}, decayed (or grown, when earlier) to {@code at}. */
    public double valueAt(double mass, Instant asOf, Instant at) {
        return asOf == null ? 0.0 : mass * decay(asOf, at);
    }

    /** Maps a decayed sum onto -100..100: 100 * tanh(value / scale). */
    public double score(double value) {
        return MAX_SCORE * StrictMath.tanh(value / parameters.scale());
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
