package org.entente.nlp.domain;

/** The sorted nation pair {@code AAA|BBB} that keys the {@code events} topic. */
public final class PairKey {

    private PairKey() {
    }

    public static String of(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
