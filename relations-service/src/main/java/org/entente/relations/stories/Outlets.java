package org.entente.relations.stories;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.entente.netpolicy.AmpLinks;

import com.google.common.net.InternetDomainName;

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
        String lower = host.toLowerCase(Locale.ROOT);
        AmpLinks.Page copied = AmpLinks.copied(lower, uri.getRawPath());
        return outletOfHost(copied == null ? lower : copied.host());
    }

    /**
     * Hosts already resolved: every story load reads the outlet of each stored report again, and a feed's articles
     * share a few hosts; the public suffix lookup was a tenth of the story work's samples (bench-2026-12-06-ld.md).
     * Cleared when full, so it never holds more than {@link #MAX_HOSTS}.
     */
    private static final Map<String, String> OUTLET_OF_HOST = new ConcurrentHashMap<>();
    private static final int MAX_HOSTS = 4096;

    private static String outletOfHost(String host) {
        String known = OUTLET_OF_HOST.get(host);
        if (known != null) {
            return known;
        }
        String outlet = resolveOutletOfHost(host);
        if (OUTLET_OF_HOST.size() >= MAX_HOSTS) {
            OUTLET_OF_HOST.clear();
        }
        OUTLET_OF_HOST.put(host, outlet);
        return outlet;
    }

    private static String resolveOutletOfHost(String host) {
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
        return AmpLinks.withoutReaderPrefixes(host);
    }
}
