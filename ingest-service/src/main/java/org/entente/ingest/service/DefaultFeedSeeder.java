package org.entente.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.entente.ingest.config.IngestConfig;
import org.entente.netpolicy.UrlRedactor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Registers the default diplomatic-news feeds at start. Each default is offered once (remembered in
 * {@code seeded_feed}), so a feed the operator deleted does not come back on restart.
 */
@ApplicationScoped
public class DefaultFeedSeeder {

    private static final Logger LOG = Logger.getLogger(DefaultFeedSeeder.class);

    /** One line of the seed file. */
    public record DefaultFeed(String url, String title, Integer pollSeconds) {
    }

    private final IngestConfig config;
    private final FeedRegistry registry;
    private final ObjectMapper json;
    private final Clock clock;
    private final FeedAddressPolicy addresses;

    public DefaultFeedSeeder(IngestConfig config, FeedRegistry registry, ObjectMapper json, Clock clock,
            FeedAddressPolicy addresses) {
        this.config = config;
        this.registry = registry;
        this.json = json;
        this.clock = clock;
        this.addresses = addresses;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.seedDefaultFeeds()) {
            seed();
        }
    }

    /** Registers every listed feed not offered before; returns how many were added. */
    public int seed() {
        int added = 0;
        for (DefaultFeed feed : read()) {
            try {
                added += QuarkusTransaction.requiringNew().call(() -> offer(feed)) ? 1 : 0;
            } catch (RuntimeException e) {
                // one bad line of the list (no url, a title too long) must not stop the others nor the start
                LOG.warnf("Default feed %s not registered: %s", UrlRedactor.redact(feed.url()), e.getMessage());
            }
        }
        if (added > 0) {
            LOG.infof("Registered %d default feeds (entente.ingest.seed-default-feeds=false turns this off)", added);
        }
        return added;
    }

    private boolean offer(DefaultFeed feed) {
        // Checked before anything is written: a refusal inside register() would roll the whole offer back.
        try {
            addresses.checkIfResolvable(java.net.URI.create(feed.url()));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Default feed %s not registered: %s", UrlRedactor.redact(feed.url()), e.getMessage());
            return false;
        }
        var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
        int inserted = em.createNativeQuery("insert into seeded_feed (url, seeded_at) values (?1, ?2) "
                + "on conflict (url) do nothing").setParameter(1, feed.url())
                .setParameter(2, java.sql.Timestamp.from(clock.instant())).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        try {
            registry.register(new FeedRegistration(feed.url(), feed.pollSeconds(), feed.title(), false));
            return true;
        } catch (FeedConflictException e) {
            return false; // registered by hand before the seeder ever ran
        }
    }

    private List<DefaultFeed> read() {
        TypeReference<List<DefaultFeed>> type = new TypeReference<>() {
        };
        try {
            if (config.seedFile().isPresent()) {
                return json.readValue(Files.readAllBytes(Path.of(config.seedFile().get())), type);
            }
            try (InputStream in = DefaultFeedSeeder.class.getResourceAsStream("/default-feeds.json")) {
                return json.readValue(in, type);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default feed list "
                    + config.seedFile().orElse("default-feeds.json") + ": " + e.getMessage(), e);
        }
    }
}
