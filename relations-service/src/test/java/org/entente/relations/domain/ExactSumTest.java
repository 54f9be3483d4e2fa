package org.entente.relations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Test
    void aDoubleRoundTripsExactly() {
        for (double d : new double[] { 0.0, 1.0, -1.0, 0.1, -2.5e-300, 1.7976931348623157e308, Double.MIN_VALUE, 6.5 / 3 }) {
            assertThat(ExactSum.of(d).toDouble()).isEqualTo(d);
            assertThat(ExactSum.of(ExactSum.of(d).toBigDecimal()).toDouble()).isEqualTo(d);
        }
    }

    @Test
    void additionIsExactWhereDoublesRound() {
        ExactSum sum = ExactSum.of(1e16).plus(1.0).plus(-1e16);
        assertThat(sum.toDouble()).isEqualTo(1.0);
        assertThat(1e16 + 1.0 - 1e16).isNotEqualTo(1.0);
        assertThat(ExactSum.of(0.1).plus(0.2).toBigDecimal())
                .isEqualByComparingTo(new BigDecimal(0.1).add(new BigDecimal(0.2)));
    }

    @Test
    void anyOrderGivesTheSameSum() {
        Random random = new Random(3);
        List<Double> terms = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            terms.add((random.nextDouble() - 0.5) * Math.pow(2, random.nextInt(120) - 60));
        }
        ExactSum first = sum(terms);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(terms, random);
            ExactSum again = sum(terms);
            assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
            assertThat(again.toDouble()).isEqualTo(first.toDouble());
        }
    }

    @Test
    void roundsToTheNearestDoubleWithTiesToEven() {
        double one = 1.0;
        double ulp = Math.ulp(one);
        // Exactly halfway between 1 and the next double: ties to even, i.e. down to 1.
        assertThat(ExactSum.of(one).plus(ulp / 2).toDouble()).isEqualTo(one);
        // A hair above halfway: up.
        assertThat(ExactSum.of(one).plus(ulp / 2).plus(Double.MIN_VALUE).toDouble()).isEqualTo(one + ulp);
        // Halfway above an odd mantissa: up to the even one.
        double odd = one + ulp;
        assertThat(ExactSum.of(odd).plus(ulp / 2).toDouble()).isEqualTo(odd + ulp);
        assertThat(ExactSum.of(-odd).plus(-ulp / 2).toDouble()).isEqualTo(-(odd + ulp));
    }

    @Test
    void theNearestDoubleAgreesWithBigDecimalsOwnRounding() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            ExactSum sum = ExactSum.ZERO;
            for (int k = 0; k < 4; k++) {
                sum = sum.plus((random.nextDouble() - 0.5) * Math.pow(2, random.nextInt(200) - 100));
            }
            // Double.parseDouble is correctly rounded; the decimal is exact.
            assertThat(sum.toDouble()).isEqualTo(Double.parseDouble(sum.toBigDecimal().toString()));
        }
    }

    @Test
    void timesAPowerOfTwoIsExact() {
        ExactSum x = ExactSum.of(3.0).plus(0.125);
        assertThat(x.timesPowerOfTwo(-3).toDouble()).isEqualTo(3.125 / 8);
        assertThat(x.timesPowerOfTwo(2000).timesPowerOfTwo(-2000)).isEqualTo(x);
        assertThat(ExactSum.ZERO.timesPowerOfTwo(50)).isEqualTo(ExactSum.ZERO);
    }

    @Test
    void aDecimalThatNoSumOfDoublesCanBeIsRefused() {
        assertThatThrownBy(() -> ExactSum.of(new BigDecimal("0.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExactSum.of(new BigDecimal("2.5000"))).isEqualTo(ExactSum.of(2.5));
        assertThat(ExactSum.of(new BigDecimal("1.2E+3"))).isEqualTo(ExactSum.of(1200.0));
    }

    @Test
    void infinityAndNaNAreRefused() {
        assertThatThrownBy(() -> ExactSum.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExactSum.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ExactSum sum(List<Double> terms) {
        ExactSum s = ExactSum.ZERO;
        for (double t : terms) {
            s = s.plus(t);
        }
        return s;
    }
}
