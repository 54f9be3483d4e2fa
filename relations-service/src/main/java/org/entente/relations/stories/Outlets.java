package org.entente.relations.stories;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The outlet of an article: the host of its URL, lower case, without the prefixes that serve the
 * same outlet to another kind of reader ({@code www.}, {@code m.}, {@code mobile.}, {@code amp.}),
 * so {@code https://m.reuters.com/...} and {@code http://www.reuters.com/...} are one outlet.
 */
public final class Outlets {

    private static final List<String> READER_PREFIXES = List.of("www.", "m.", "mobile.", "amp.");

    private Outlets() {
    }

    /** The outlet of {@code url}; a URL without a host is its own outlet (never merged with another). */
    public static String of(String url) {
        String host = null;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException malformed) {
            // falls through: the text itself stands for the outlet
        }
        if (host == null || host.isBlank()) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (boolean folded = true; folded;) {
            folded = false;
            for (String prefix : READER_PREFIXES) {
                // keep at least one dot: "m.com" is a host, not a prefix on nothing
                if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                    host = host.substring(prefix.length());
                    folded = true;
                }
            }
        }
        return host;
    }
}
