package org.entente.netpolicy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The page behind a link that serves a copy of it: Google's AMP cache
 * ({@code https://www-example-org.cdn.ampproject.org/c/s/www.example.org/story}) and AMP viewer
 * ({@code https://www.google.com/amp/s/www.example.org/story}), and the host prefixes that serve one site to another
 * kind of reader ({@code www.}, {@code m.}, {@code mobile.}, {@code amp.}). ingest-service folds them into a story key,
 * relations-service into an outlet; both read them here so the two never disagree on what a copy is.
 */
public final class AmpLinks {

    /** The page a link copies: its host (lower case) and raw path ({@code ""} when none). */
    public record Page(String host, String path) {
    }

    private static final String AMP_CACHE = ".cdn.ampproject.org";
    /** www.google.com, google.co.uk, www.google.com.au...: hosts of Google's AMP viewer. */
    private static final Pattern GOOGLE_HOST = Pattern.compile("(www\\.)?google(\\.[a-z]{2,3}){1,2}");
    private static final List<String> READER_PREFIXES = List.of("www.", "m.", "mobile.", "amp.");

    private AmpLinks() {
    }

    /**
     * The page an AMP cache or viewer link copies, or {@code null} when the link is neither.
     *
     * @param host the link's host, lower case
     * @param rawPath the link's raw path, or null
     */
    public static Page copied(String host, String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        if (host.endsWith(AMP_CACHE) && host.length() > AMP_CACHE.length()) {
            // /c/s/www.example.org/story, /i/s/..., /v/s/...: the page it caches
            Page inner = hostAndPath(path.replaceFirst("^/[a-z]/(s/)?", ""));
            if (inner != null) {
                return inner;
            }
            // no host in the path: the cache host names it, "-" standing for "." and "--" for "-"
            String label = host.substring(0, host.length() - AMP_CACHE.length());
            return new Page(label.replace("--", "\u0000").replace('-', '.').replace('\u0000', '-'), path);
        }
        if (GOOGLE_HOST.matcher(host).matches() && path.startsWith("/amp/")) {
            // the viewer, the link people share from search
            return hostAndPath(path.replaceFirst("^/amp/(s/)?", ""));
        }
        return null;
    }

    /** {@code host} without reader prefixes, keeping at least one dot: {@code m.com} stays a host. */
    public static String withoutReaderPrefixes(String host) {
        String h = host;
        for (boolean folded = true; folded;) {
            folded = false;
            for (String prefix : READER_PREFIXES) {
                if (h.startsWith(prefix) && h.indexOf('.', prefix.length()) > 0) {
                    h = h.substring(prefix.length());
                    folded = true;
                }
            }
        }
        return h;
    }

    /** "www.example.org/story" as host and path; null unless the first segment is a host name (has a dot). */
    private static Page hostAndPath(String inner) {
        int slash = inner.indexOf('/');
        String host = slash < 0 ? inner : inner.substring(0, slash);
        if (host.indexOf('.') <= 0) {
            return null;
        }
        return new Page(host.toLowerCase(Locale.ROOT), slash < 0 ? "" : inner.substring(slash));
    }
}
