package org.entente.ingest.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

/** Reads RSS 0.9x/1.0/2.0 and Atom 1.0 documents (ROME) from bytes that were parsed with DOCTYPEs refused. */
public final class FeedParser {

    private FeedParser() {
    }

    /**
     * @param baseUrl where the document came from, to resolve relative links; may be null
     */
    public static ParsedFeed parse(byte[] document, String baseUrl) throws FeedFormatException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(SafeXml.parse(document));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedFormatException("not an RSS or Atom feed: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // SafeXml's depth limit should make this unreachable; a feed must never take its poller thread down
            throw new FeedFormatException("the feed nests too deeply to be read", null);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = resolve(baseUrl, linkOf(entry));
            String html = bodyOf(entry);
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(link, HtmlText.toText(entry.getTitle()), HtmlText.toText(html),
                    date == null ? null : date.toInstant()));
        }
        return new ParsedFeed(HtmlText.toText(feed.getTitle()), blankToNull(feed.getLanguage()), items);
    }

    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().trim();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || "alternate".equals(link.getRel())) {
                return link.getHref();
            }
        }
        // RSS items without <link> often carry the story URL as a permalink guid
        String uri = entry.getUri();
        return uri != null && uri.startsWith("http") ? uri : null;
    }

    /** The longest of content and description: feeds put the full story in one and a teaser in the other. */
    private static String bodyOf(SyndEntry entry) {
        String best = entry.getDescription() == null ? null : entry.getDescription().getValue();
        for (SyndContent content : entry.getContents()) {
            String value = content.getValue();
            if (value != null && (best == null || value.length() > best.length())) {
                best = value;
            }
        }
        return best;
    }

    private static String resolve(String baseUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return baseUrl == null ? link : URI.create(baseUrl).resolve(link.trim()).toString();
        } catch (IllegalArgumentException e) {
            return link; // left as is: canonicalization reports it as an invalid URL
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
