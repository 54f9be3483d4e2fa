package org.entente.testinfra;

import java.nio.charset.StandardCharsets;

/** Putting hostile strings into requests (URL parts, JSON bodies) and naming them in assertion messages. */
public final class HostileInput {

    private HostileInput() {
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, so '/' stays inside its path segment. */
    public static String percentEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** A string as the body of a JSON string literal, for request templates. */
    public static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A short, printable label for assertion messages (NUL and bidi controls shown escaped). */
    public static String label(String value) {
        String shown = value.length() > 30 ? value.substring(0, 30) + "... (" + value.length() + " chars)" : value;
        return shown.replace("\u0000", "\\u0000").replace("\u202E", "\\u202E").replace("\u2066", "\\u2066");
    }
}
