package org.entente.ingest.service;

import java.util.List;

/** What a feed document says: its title and language, and its entries in document order. */
public record ParsedFeed(String title, String language, List<FeedItem> items) {
}
