package org.entente.ingest.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.netpolicy.UrlRedactor;
import org.jboss.logging.Logger;

/** For feeds that carry only a summary: fetches the article page and keeps its main text if it says more. */
@ApplicationScoped
public class FullTextExtractor {

    private static final Logger LOG = Logger.getLogger(FullTextExtractor.class);

    private final HttpDocumentFetcher fetcher;
    private final IngestMetrics metrics;

    public FullTextExtractor(HttpDocumentFetcher fetcher, IngestMetrics metrics) {
        this.fetcher = fetcher;
        this.metrics = metrics;
    }

    /** The page's main text when it is longer than the summary; otherwise, or on any failure, the summary. */
    public String extractOr(String pageUrl, String summary) {
        try {
            FetchResult page = fetcher.fetch(pageUrl, null, null);
            String text = MainTextExtractor.extract(decode(page.body()), page.finalUrl());
            if (summary == null || text.length() > summary.length()) {
                return text;
            }
            return summary;
        } catch (FetchException | RuntimeException | StackOverflowError e) {
            // one hostile page costs its article the full text, never the feed's poll
            LOG.debugf("Full text of %s unavailable, keeping the summary: %s", UrlRedactor.redact(pageUrl),
                    UrlRedactor.redactIn(String.valueOf(e.getMessage())));
            metrics.fullTextUnavailable();
            return summary;
        }
    }

    /** Honours a meta charset in the first bytes; UTF-8 otherwise (what nearly every news site serves). */
    static String decode(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset=[\"']?([A-Za-z0-9_\\-]+)",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                cs = Charset.forName(m.group(1));
            } catch (IllegalArgumentException ignored) {
                // unknown charset name: UTF-8 is the best guess
            }
        }
        return new String(body, cs);
    }
}
