package org.entente.drills;

import java.util.List;

/** Ordinary least-squares slope of a series, the trend a soak judges by. */
public final class LeastSquares {

    private LeastSquares() {
    }

    /** Slope of {@code y} over {@code x} (same length, at least two distinct x), NaN if undefined. */
    public static double slope(List<Double> x, List<Double> y) {
        int n = x.size();
        if (n != y.size()) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
