package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void slopeOfALineWithNoise() {
        assertThat(LeastSquares.slope(List.of(0.0, 1.0, 2.0, 3.0), List.of(1.0, 3.2, 4.8, 7.0))).isCloseTo(1.96, within(1e-9));
        assertThat(LeastSquares.slope(List.of(0.0, 1.0, 2.0), List.of(5.0, 5.0, 5.0))).isZero();
        assertThat(LeastSquares.slope(List.of(1.0), List.of(2.0))).isNaN();
    }
}
