package org.entente.address;

import java.util.regex.Pattern;

/** A URL as it may be shown or logged: credentials in it ({@code user:password@}) become {@code ***@}. */
public final class UrlRedaction {

    // By pattern rather than java.net.URI, so a URL that does not parse is redacted too.
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    private UrlRedaction() {
    }

    public static String redact(String url) {
        return url == null ? null : USER_INFO.matcher(url.strip()).replaceFirst("$1***@");
    }

    /** True when the URL carries credentials. */
    public static boolean hasCredentials(String url) {
        return url != null && USER_INFO.matcher(url.strip()).find();
    }
}
