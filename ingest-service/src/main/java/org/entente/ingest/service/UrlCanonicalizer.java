package org.entente.ingest.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
