package org.entente.netpolicy;

/**
 * Hides the credentials a URL may carry in its user-info ({@code https://user:secret@host/}) before it is shown in
 * an API answer, an error message or a log line: the password becomes {@code ***}; a user-info without a colon
 * (often a token used as user name) is hidden whole. Works on the text, so a URL too broken to parse is still
 * redacted, and never throws.
 */
public final class UrlRedactor {

    static final String MASK = "***";

    private UrlRedactor() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? (url.startsWith("//") ? 2 : -1) : scheme + 3;
        if (start < 0) {
            return url;
        }
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int at = url.lastIndexOf('@', end - 1);
        if (at < start) {
            return url;
        }
        String userInfo = url.substring(start, at);
        int colon = userInfo.indexOf(':');
        String shown = colon < 0 ? MASK : userInfo.substring(0, colon) + ":" + MASK;
        return url.substring(0, start) + shown + url.substring(at);
    }

    /** Every URL-like piece of a message redacted, for error texts that quote a URL somewhere inside. */
    public static String redactIn(String message) {
        if (message == null || message.indexOf('@') < 0) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length());
        int from = 0;
        while (true) {
            int scheme = message.indexOf("://", from);
            if (scheme < 0) {
                break;
            }
            int end = scheme + 3;
            while (end < message.length() && !Character.isWhitespace(message.charAt(end))
                    && "'\"<>".indexOf(message.charAt(end)) < 0) {
                end++;
            }
            int begin = scheme;
            while (begin > from && Character.isLetterOrDigit(message.charAt(begin - 1))
                    || begin > from && "+.-".indexOf(message.charAt(begin - 1)) >= 0) {
                begin--;
            }
            out.append(message, from, begin).append(redact(message.substring(begin, end)));
            from = end;
        }
        return out.append(message.substring(from)).toString();
    }
}
