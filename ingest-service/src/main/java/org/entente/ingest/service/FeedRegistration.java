package org.entente.ingest.service;

/** A request to register a feed; pollSeconds and fullText may be null for the defaults. */
public record FeedRegistration(String url, Integer pollSeconds, String title, Boolean fullText) {

    /** Widths of feed.url and feed.title (V1 migration): refused here, not by PostgreSQL as a 500. */
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_TITLE_CHARS = 512;

    /** @throws IllegalArgumentException with a message a person can act on */
    public FeedRegistration {
        if (url != null && url.length() > MAX_URL_CHARS) {
            throw new IllegalArgumentException("url is " + url.length() + " characters long; a feed URL may have at most "
                    + MAX_URL_CHARS);
        }
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            throw new IllegalArgumentException("title is " + title.length() + " characters long; give at most "
                    + MAX_TITLE_CHARS);
        }
        if (title != null && title.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("title contains control characters (such as \\u0000); send plain text");
        }
    }
}
