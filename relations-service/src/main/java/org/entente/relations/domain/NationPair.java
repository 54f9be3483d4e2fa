package org.entente.relations.domain;

/**
 * An unordered pair of nations, kept sorted so that (SAU, IRN) and (IRN, SAU) are the same tie.
 * {@link #key()} is the Kafka key of topic {@code events}: {@code IRN|SAU}.
 */
public record NationPair(String first, String second) {

    public NationPair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("pair must be sorted and distinct: " + first + "|" + second);
        }
    }

    public static NationPair of(String a, String b) {
        return a.compareTo(b) < 0 ? new NationPair(a, b) : new NationPair(b, a);
    }

    public String key() {
        return first + "|" + second;
    }

    /** True when source-to-target runs from {@link #first()} to {@link #second()}. */
    public boolean isForward(String source) {
        return first.equals(source);
    }
}
