package org.entente.ingest.service;

/** A request to register a feed; pollSeconds and fullText may be null for the defaults. */
public record FeedRegistration(String url, Integer pollSeconds, String title, Boolean fullText) {
}
