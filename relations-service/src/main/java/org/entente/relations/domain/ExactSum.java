package org.entente.relations.domain;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A sum of doubles kept without rounding, as {@code mantissa × 2^exponent}. Floating-point addition
 * rounds after every step, so a double sum depends on the order of its terms; this one does not,
 * which is what lets two runs that received a pair's events in different orders store bit-identical
 * ties. The form is canonical (odd mantissa, or zero with exponent 0): equal values are equal objects.
 */
public final class ExactSum {

    public static final ExactSum ZERO = new ExactSum(BigInteger.ZERO, 0);

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private final BigInteger mantissa;
    private final int exponent;

    private ExactSum(BigInteger mantissa, int exponent) {
        this.mantissa = mantissa;
        this.exponent = exponent;
    }

    private static ExactSum canonical(BigInteger mantissa, long exponent) {
        if (mantissa.signum() == 0) {
            return ZERO;
        }
        int zeros = mantissa.getLowestSetBit();
        return new ExactSum(mantissa.shiftRight(zeros), Math.toIntExact(exponent + zeros));
    }

    /** The exact value of a finite double. */
    public static ExactSum of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0.0) {
            return ZERO;
        }
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & 0x000f_ffff_ffff_ffffL;
        long significand = biased == 0 ? fraction : fraction | 0x0010_0000_0000_0000L;
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        BigInteger m = BigInteger.valueOf(value < 0 ? -significand : significand);
        return canonical(m, exponent);
    }

    /**
     * The exact value of a decimal as stored in a NUMERIC column. Only values that are sums of doubles
     * (dyadic rationals) can be read back; anything else means the column was not written by this class.
     */
    public static ExactSum of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return ZERO;
        }
        if (v.scale() <= 0) {
            return canonical(v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())), 0);
        }
        BigInteger[] quotient = v.unscaledValue().divideAndRemainder(FIVE.pow(v.scale()));
        if (quotient[1].signum() != 0) {
            throw new IllegalArgumentException("not a sum of binary fractions: " + value.toPlainString());
        }
        return canonical(quotient[0], -(long) v.scale());
    }

    public ExactSum plus(ExactSum other) {
        if (other.mantissa.signum() == 0) {
            return this;
        }
        if (mantissa.signum() == 0) {
            return other;
        }
        int low = Math.min(exponent, other.exponent);
        BigInteger sum = mantissa.shiftLeft(exponent - low).add(other.mantissa.shiftLeft(other.exponent - low));
        return canonical(sum, low);
    }

    public ExactSum plus(double value) {
        return plus(of(value));
    }

    /** This sum times 2^{@code power}: exact, whatever the power's sign. */
    public ExactSum timesPowerOfTwo(long power) {
        return mantissa.signum() == 0 ? ZERO : new ExactSum(mantissa, Math.toIntExact(exponent + power));
    }

    /** The nearest double (ties to even): the same exact value always gives the same double. */
    public double toDouble() {
        if (mantissa.signum() == 0) {
            return 0.0;
        }
        int excess = Math.max(0, mantissa.bitLength() - 62);
        // Rounds to 62 bits with a sticky bit, then the long-to-double conversion rounds to 53 once.
        BigInteger top = mantissa.abs().shiftRight(excess);
        long bits = top.longValueExact();
        if (excess > 0 && mantissa.abs().getLowestSetBit() < excess) {
            bits |= 1;
        }
        double magnitude = Math.scalb((double) bits, exponent + excess);
        return mantissa.signum() < 0 ? -magnitude : magnitude;
    }

    /** The exact decimal value, for a NUMERIC column. */
    public BigDecimal toBigDecimal() {
        if (exponent >= 0) {
            return new BigDecimal(mantissa.shiftLeft(exponent));
        }
        // m / 2^k = m * 5^k / 10^k
        return new BigDecimal(mantissa.multiply(FIVE.pow(-exponent)), -exponent);
    }

    public int signum() {
        return mantissa.signum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactSum other && exponent == other.exponent && mantissa.equals(other.mantissa);
    }

    @Override
    public int hashCode() {
        return 31 * mantissa.hashCode() + exponent;
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
