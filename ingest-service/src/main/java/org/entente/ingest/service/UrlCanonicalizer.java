package org.entente.ingest.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.netpolicy.AmpLinks;

/**
 * Turns an article link into the canonical URL that identifies the story (docs/contracts.md, Identity):
 * the same story reached through two feeds, or with campaign parameters appended, gets the same URL.
 */
public final class UrlCanonicalizer {

    /** Exact parameter names that only say how a reader arrived, never which story it is. */
    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
            "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt.mc_id", "cmpid",
            "ocid", "smid", "smtyp", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
            "at_custom4", "at_link_id", "at_link_origin", "at_link_type", "at_format", "at_ptr_name", "at_bbc_team",
            "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "cmp", "rss", "feed", "ref_src",
            "ito", "xtor", "spm", "share", "sharesource");
    /** Parameter name prefixes of the same kind (Google Analytics, Piwik/Matomo, HubSpot...). */
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_", "hsa_", "__hs", "at_");

    static final int MAX_URL_CHARS = 4096;

    /** Query parameters that only choose a rendering (AMP, print, mobile) of the page. */
    private static final Set<String> RENDERING_PARAMS = Set.of("amp", "amp_js_v", "usqp", "print", "mobile");
    /** Query parameters that choose the AMP or print rendering when their value says so, and mean more otherwise. */
    private static final Set<String> OUTPUT_PARAMS = Set.of("outputtype", "output", "format", "view");
    private static final Set<String> RENDERING_VALUES = Set.of("amp", "print");
    /** Path segments that only choose a rendering: {@code /amp/}, {@code /amp}, {@code /print/}, {@code /mobile/}. */
    private static final Set<String> RENDERING_SEGMENTS = Set.of("amp", "print", "mobile", "amphtml");

    private UrlCanonicalizer() {
    }

    /**
     * @throws IllegalArgumentException when the link is not an absolute http(s) URL, with a message a person can act on
     */
    public static String canonicalize(String link) {
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException("the article URL is missing");
        }
        if (link.length() > MAX_URL_CHARS) {
            // seen_article.canonical_url holds 4096; a longer one would fail after the broker took the article
            throw new IllegalArgumentException("the URL is " + link.length() + " characters long; at most "
                    + MAX_URL_CHARS + " are accepted");
        }
        URI uri;
        try {
            uri = new URI(link.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + link + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("'" + link + "' is not an absolute http(s) URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("'" + link + "' has no host name");
        }
        StringBuilder out = new StringBuilder(link.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(stripTrailingSlashes(uri.getRawPath()));
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /**
     * The key under which URL variants of one page are the same story (docs/contracts.md, Identity): the canonical
     * URL without its scheme, with {@code www.}/{@code m.}/{@code mobile.}/{@code amp.} host prefixes and AMP, print
     * and mobile renderings folded ({@code /amp} path segments, {@code .amp} host or file suffixes, {@code ?amp},
     * {@code outputType=amp}, {@code ?output=print}, {@code ?view=print}), and the syndication wrappers of Google's AMP
     * cache ({@code *.cdn.ampproject.org/c/s/}) and AMP viewer ({@code www.google.com/amp/s/}) unwrapped. The article id stays
     * that of the canonical URL; this key only decides that a second URL is a
     * duplicate.
     *
     * @param canonicalUrl a result of {@link #canonicalize(String)}
     */
    public static String storyKey(String canonicalUrl) {
        URI uri = URI.create(canonicalUrl);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // AMP cache and viewer links and www./m./mobile./amp. hosts: one rule with relations-service's outlets
        AmpLinks.Page copied = AmpLinks.copied(host, path);
        if (copied != null) {
            host = copied.host();
            path = copied.path();
        }
        host = AmpLinks.withoutReaderPrefixes(host);
        StringBuilder key = new StringBuilder(canonicalUrl.length()).append(host);
        if (uri.getPort() != -1) {
            key.append(':').append(uri.getPort());
        }
        for (String segment : path.split("/")) {
            String s = segment;
            if (s.isEmpty() || RENDERING_SEGMENTS.contains(s.toLowerCase(Locale.ROOT))) {
                continue;
            }
            s = s.replaceFirst("(?i)\\.amp(\\.html?)?$", "$1");
            if (!s.isEmpty()) {
                key.append('/').append(s);
            }
        }
        List<String> kept = new ArrayList<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                boolean ampOutput = OUTPUT_PARAMS.contains(name)
                        && RENDERING_VALUES.contains(pair.substring(eq + 1).toLowerCase(Locale.ROOT));
                if (!pair.isEmpty() && !RENDERING_PARAMS.contains(name) && !(eq > 0 && ampOutput)) {
                    kept.add(pair);
                }
            }
        }
        if (!kept.isEmpty()) {
            kept.sort(null);
            key.append('?').append(String.join("&", kept));
        }
        return key.toString();
    }

    /** The outlet of a story key: its host without port, e.g. {@code example.org}. */
    public static String outlet(String storyKey) {
        int end = 0;
        while (end < storyKey.length() && "/:?".indexOf(storyKey.charAt(end)) < 0) {
            end++;
        }
        return storyKey.substring(0, end);
    }

    private static String stripTrailingSlashes(String path) {
        String p = path == null ? "" : path;
        int end = p.length();
        while (end > 0 && p.charAt(end - 1) == '/') {
            end--;
        }
        return p.substring(0, end);
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    static boolean isTracking(String lowerCaseName) {
        if (TRACKING_PARAMS.contains(lowerCaseName)) {
            return true;
        }
        for (String prefix : TRACKING_PREFIXES) {
            if (lowerCaseName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
