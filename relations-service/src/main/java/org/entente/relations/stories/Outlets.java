package org.entente.relations.stories;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The outlet of an article: the registrable domain of its URL's host under the public suffix list
 * (Guava's {@link InternetDomainName}), so {@code news.bbc.co.uk}, {@code www.bbc.co.uk} and
 * {@code bbc.co.uk} are one outlet, and so are {@code m.reuters.com} and {@code reuters.com}, while
 * {@code a.blogspot.com} and {@code b.blogspot.com} (a private suffix) stay two. A copy served through
 * an AMP cache ({@code www-bbc-co-uk.cdn.ampproject.org}) or Google's AMP viewer
 * ({@code www.google.com/amp/s/www.bbc.co.uk/...}) is the outlet it copies. A host under no known public
 * suffix ({@code .example}, {@code .internal}, an IP address) keeps its name without the prefixes that
 * serve the same outlet to another kind of reader ({@code www.}, {@code m.}, {@code mobile.}, {@code amp.}).
 */
public final class Outlets {

    private static final List<String> READER_PREFIXES = List.of("www.", "m.", "mobile.", "amp.");
    private static final String AMP_CACHE = ".cdn.ampproject.org";

    private Outlets() {
    }

    /** The outlet of {@code url}; a URL without a host is its own outlet (never merged with another). */
    public static String of(String url) {
        URI uri = null;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException malformed) {
            // falls through: the text itself stands for the outlet
        }
        String host = uri == null ? null : uri.getHost();
        if (host == null || host.isBlank()) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
        return outletOfHost(copied(host.toLowerCase(Locale.ROOT), uri.getRawPath()));
    }

    /** The host an AMP cache or viewer URL copies, else {@code host}. */
    private static String copied(String host, String path) {
        if (host.endsWith(AMP_CACHE) && host.length() > AMP_CACHE.length()) {
            // AMP cache hosts: "-" stands for ".", "--" for "-" (www-bbc-co-uk, my--site-com)
            String label = host.substring(0, host.length() - AMP_CACHE.length());
            return label.replace("--", "\u0000").replace('-', '.').replace('\u0000', '-');
        }
        if ((host.equals("google.com") || host.equals("www.google.com")) && path != null
                && path.startsWith("/amp/s/")) {
            String rest = path.substring("/amp/s/".length());
            int slash = rest.indexOf('/');
            String copied = slash < 0 ? rest : rest.substring(0, slash);
            return copied.isBlank() ? host : copied;
        }
        return host;
    }

    private static String outletOfHost(String host) {
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        try {
            InternetDomainName name = InternetDomainName.from(host);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
        } catch (IllegalArgumentException | IllegalStateException notADomainName) {
            // an IP address or a name the list cannot read: folded by prefix below
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
