package org.entente.ingest.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every ingest-service setting; README.md lists them with their defaults. */
@ConfigMapping(prefix = "entente.ingest")
public interface IngestConfig {

    /** Register the bundled list of diplomatic-news feeds on first start. */
    @WithDefault("true")
    boolean seedDefaultFeeds();

    /** A JSON file to seed from instead of the bundled default-feeds.json. */
    Optional<String> seedFile();

    /** Poll interval for feeds registered without one. */
    @WithDefault("300")
    int defaultPollSeconds();

    /** The shortest poll interval a feed may ask for, to stay polite to publishers. */
    @WithDefault("60")
    int minPollSeconds();

    Scheduler scheduler();

    Http http();

    Backoff backoff();

    Articles articles();

    Feeds feeds();

    /** Where feeds may point (SSRF protection); see FeedAddressPolicy. */
    interface Feeds {
        /** Fetch feeds served on this machine (127.0.0.0/8, ::1). The local launcher and tests turn it on. */
        @WithDefault("false")
        boolean allowLoopback();

        /** Fetch feeds on private networks (RFC 1918, 100.64.0.0/10, fc00::/7). */
        @WithDefault("false")
        boolean allowPrivateNetworks();
    }

    interface Scheduler {
        /**
         * How often the scheduler looks for due feeds, counted from the end of the last look (FeedPollScheduler), and
         * the half-tick grace of {@code PollSchedule} (FeedRegistry). Shorter than a second is allowed: a feed whose
         * poll is still in flight on a tick is looked at again a tick later.
         */
        @WithDefault("5s")
        Duration tick();

        /** Pause after start before the first tick. */
        @WithDefault("2s")
        Duration initialDelay();

        /** How many feeds are fetched at the same time. */
        @WithDefault("16")
        int concurrency();

        /** At most this many due feeds are handed out per tick. */
        @WithDefault("500")
        int batchSize();
    }

    interface Http {
        @WithDefault("5s")
        Duration connectTimeout();

        /** Longest silence while reading a response. */
        @WithDefault("15s")
        Duration readTimeout();

        /** Longest whole download of one document. */
        @WithDefault("30s")
        Duration totalTimeout();

        /** Largest document accepted, counted after gzip decompression. */
        @WithDefault("5242880")
        long maxBodyBytes();

        @WithDefault("5")
        int maxRedirects();

        @WithDefault("EntenteIngest/0.1 (+https://github.com/entente)")
        String userAgent();
    }

    interface Backoff {
        /** Delay after the first failure; doubles with each further failure. */
        @WithDefault("60s")
        Duration initial();

        @WithDefault("6h")
        Duration max();
    }

    interface Articles {
        /** Longest article text accepted, in characters; longer pushed articles are refused, feed texts cut. */
        @WithDefault("200000")
        int maxTextChars();

        /**
         * Longest title, in characters: pushed titles over it are refused, feed titles cut. A title of megabytes
         * made a record the broker refuses, on every retry.
         */
        @WithDefault("1000")
        int maxTitleChars();

        /** Most articles in one POST /api/v1/articles batch. */
        @WithDefault("1000")
        int maxBatch();

        /** How long to wait for the broker to acknowledge a batch of articles. */
        @WithDefault("30s")
        Duration publishTimeout();

        /**
         * Oldest publication date accepted, counted back from now (about 30 years). Never earlier than 1583, the
         * first full year of the Gregorian calendar, whatever this says. See PublicationDateWindow.
         */
        @WithDefault("10958d")
        Duration publishedAtMaxPast();

        /** Latest publication date accepted, counted ahead of now: clocks and time zones drift, years do not. */
        @WithDefault("1d")
        Duration publishedAtMaxFuture();
    }
}
