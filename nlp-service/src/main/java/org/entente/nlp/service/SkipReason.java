package org.entente.nlp.service;

import java.util.Locale;

/** Why an article or a request was not (fully) extracted; the tag value of the skip metric. */
public enum SkipReason {
    MALFORMED_JSON,
    INVALID_UTF8,
    UNSUPPORTED_SCHEMA_VERSION,
    MISSING_FIELD,
    EMPTY_TEXT,
    TOO_LARGE,
    NOT_ENGLISH;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
