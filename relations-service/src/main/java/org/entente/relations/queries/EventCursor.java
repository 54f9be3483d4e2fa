package org.entente.relations.queries;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where the next page starts: events are listed newest first, by (event time, id). Opaque to clients. */
public record EventCursor(Instant eventTime, String id) {

    public String encode() {
        String raw = eventTime + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service issued */
    public static EventCursor decode(String text) {
        String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        int bar = raw.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new EventCursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
    }
}
