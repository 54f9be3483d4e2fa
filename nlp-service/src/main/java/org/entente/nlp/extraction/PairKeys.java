package org.entente.nlp.extraction;

/** The unordered pair of two nations, as the events topic keys it: {@code IRN|SAU}. */
final class PairKeys {

    private PairKeys() {
    }

    static String of(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
