package org.entente.nlp.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** nlp-service settings; every default is listed in nlp-service/README.md. */
@ConfigMapping(prefix = "entente.nlp")
public interface NlpConfig {

    /** Longer article texts are cut (at a sentence end) to this many characters before extraction. */
    @WithDefault("100000")
    int maxTextChars();

    /** {@code POST /api/v1/extract} refuses texts longer than this with 413. */
    @WithDefault("50000")
    int maxRequestChars();

    /**
     * {@code POST /api/v1/extract} answers 429 beyond this many extractions at once, so REST cannot take
     * the cores the articles topic needs.
     */
    @WithDefault("2")
    int maxConcurrentRequests();

    /** The Retry-After of that 429. */
    @WithDefault("2s")
    Duration retryAfter();

    /** At most this many events from one sentence (the most confident are kept). */
    @WithDefault("20")
    int maxEventsPerSentence();

    /** At most this many events from one article (the earliest sentences are kept). */
    @WithDefault("200")
    int maxEventsPerArticle();

    Dates dates();

    /**
     * Articles extracted at once, each on its own consumer of the group (copies of the channel); the
     * default, from {@link WorkersDefault}, is the number of processors.
     */
    int workers();

    /** Written into every event's {@code extractorVersion}. */
    @WithDefault("nlp-service/0.1.0")
    String extractorVersion();

    /** How long to wait for the broker to acknowledge an article's events before failing the article. */
    @WithDefault("30s")
    Duration sendTimeout();

    Language language();

    /**
     * The window around now an article's date (publishedAt, else fetchedAt) must fall in; outside it the
     * article is dead-lettered and a REST request refused (a year-9999 pubDate stopped relations-service).
     */
    interface Dates {

        /** Articles dated more than this many years before now are refused. */
        @WithDefault("30")
        int maxYearsBack();

        /** Articles dated more than this after now are refused (clocks and time zones differ a little). */
        @WithDefault("1d")
        Duration maxAhead();
    }

    /** The English check that skips articles in other languages. */
    interface Language {

        @WithDefault("true")
        boolean detect();

        /** Share of English function words below which a text counts as not English. */
        @WithDefault("0.15")
        double minStopwordRatio();

        /** Texts with fewer words are always treated as English. */
        @WithDefault("20")
        int minWords();
    }
}
