package org.entente.nlp.service;

/**
 * Cuts a text that is longer than the configured cap, at the last sentence end (or else the last
 * white space) before the cap, so the extractor never sees half a sentence. The kept part is a
 * prefix of the text, so character offsets stay valid.
 */
public final class TextCap {

    private final int maxChars;

    public TextCap(int maxChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("the text cap must be at least 100 characters, got " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /** The length to keep: the whole text when it fits. */
    public int keptLength(String text) {
        if (text.length() <= maxChars) {
            return text.length();
        }
        int floor = maxChars - maxChars / 5;
        for (int i = maxChars - 1; i >= floor; i--) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        for (int i = maxChars - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        boolean terminal = c == '.' || c == '!' || c == '?' || c == '\n';
        return terminal && (c == '\n' || Character.isWhitespace(text.charAt(i + 1)));
    }
}
