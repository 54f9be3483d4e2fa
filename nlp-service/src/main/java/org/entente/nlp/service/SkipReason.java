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
    NOT_ENGLISH,
    DATE_OUT_OF_RANGE,
    /** The extractor threw on the text: a defect, the record is kept on the dead-letter topic. */
    EXTRACTION_FAILED,
    /** The broker refused or did not acknowledge the events in time. */
    SEND_FAILED;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
