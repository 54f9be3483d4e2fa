package org.entente.relations.ties;

/** Echoes a bad value inside a dead-letter reason without letting it swamp or spoof the sentence. */
final class Quoted {

    private static final int MAX = 40;

    private Quoted() {
    }

    /** At most 40 characters; control and bidirectional-override characters shown as {@code \\uXXXX}. */
    static String shortened(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MAX).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > MAX ? out + "..." : out.toString();
    }
}
