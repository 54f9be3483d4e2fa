package org.entente.ingest.service;

import java.time.Instant;

/** One entry of a feed, already turned into plain text; link is absolute but not yet canonical. */
public record FeedItem(String link, String title, String text, Instant publishedAt) {
}
