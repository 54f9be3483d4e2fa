package org.entente.nlp.extraction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How often a type's out-of-fold additions are right as a smooth function of the model's probability: Platt scaling,
 * {@code logit q = a + b logit p}, fitted once on every type's candidates together and then per type with its two
 * parameters pulled toward the pooled ones ({@link #PULL}). A type with a few dozen candidates moves little from the
 * pooled curve; one with hundreds finds its own. The threshold where a type's curve crosses a bar moves by small steps
 * when a few candidates change, where the lowest threshold whose own handful of additions clears 85 % jumps between
 * 0.3 and never (session 25: AID, AGREE, CONCEDE, SANCTION out and PROTEST, DISAPPROVE, COERCE in after small rule
 * changes).
 */
final class ShrunkCalibration {

    /** Candidates under this probability say nothing about where a threshold in 0.30..0.95 falls, and would swamp it. */
    static final double LOWEST = 0.1;
    /** Weight of the pooled curve in each type's fit, as a penalty on the squared distance of its parameters. */
    static final double PULL = 3;
    private static final int ROUNDS = 50;

    /** One calibration curve: {@code logit q = a + b logit p}. */
    record Curve(double a, double b) {

        double q(double p) {
            return sigmoid(a + b * logit(p));
        }

        /** The probability at which the curve reaches {@code bar}; above 1 when it never does. */
        double crossing(double bar) {
            return b <= 0 ? 2 : sigmoid((logit(bar) - a) / b);
        }
    }

    private ShrunkCalibration() {
    }

    /** Per type its shrunk curve, from the additions (pairs the rules gave no event of the type) outside {@code heldOut}. */
    static Map<PloverType, Curve> curves(Map<PloverType, List<PairModelSelection.Addition>> additions, int heldOut,
            double pull) {
        List<PairModelSelection.Addition> pooled = additions.values().stream().flatMap(List::stream)
                .filter(a -> usable(a, heldOut)).toList();
        Curve prior = fit(pooled, new Curve(0, 1), 0);
        Map<PloverType, Curve> curves = new EnumMap<>(PloverType.class);
        additions.forEach((type, list) -> curves.put(type,
                fit(list.stream().filter(a -> usable(a, heldOut)).toList(), prior, pull)));
        return curves;
    }

    private static boolean usable(PairModelSelection.Addition a, int heldOut) {
        return !a.ruled() && a.fold() != heldOut && a.p() >= LOWEST;
    }

    /**
     * Newton's method on the log-loss plus {@code pull} times the squared distance to the prior's parameters; convex,
     * so from the prior it converges, and the same list gives the same curve.
     */
    static Curve fit(List<PairModelSelection.Addition> list, Curve prior, double pull) {
        double a = prior.a();
        double b = prior.b();
        for (int round = 0; round < ROUNDS; round++) {
            double ga = 2 * pull * (a - prior.a());
            double gb = 2 * pull * (b - prior.b());
            double haa = 2 * pull + 1e-9;
            double hab = 0;
            double hbb = 2 * pull + 1e-9;
            for (PairModelSelection.Addition x : list) {
                double l = logit(x.p());
                double q = sigmoid(a + b * l);
                double r = q - (x.right() ? 1 : 0);
                double w = q * (1 - q);
                ga += r;
                gb += r * l;
                haa += w;
                hab += w * l;
                hbb += w * l * l;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 0) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new Curve(a, b);
    }

    static double logit(double p) {
        double c = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(c / (1 - c));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
