package org.entente.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** nlp-service settings; every default is listed in nlp-service/README.md. */
@ConfigMapping(prefix = "entente.nlp")
public interface NlpConfig {

    /** Longer article texts are cut (at a sentence end) to this many characters before extraction. */
    @WithDefault("100000")
    int maxTextChars();

    /** {@code POST /api/v1/extract} refuses texts longer than this with 413. */
    @WithDefault("1000000")
    int maxRequestChars();

    /** Written into every event's {@code extractorVersion}. */
    @WithDefault("nlp-service/0.1.0")
    String extractorVersion();

    /** How long to wait for the broker to acknowledge an article's events before failing the article. */
    @WithDefault("30s")
    Duration sendTimeout();

    Language language();

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
