package org.entente.ingest.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A registered feed and its polling state. */
@Entity
@Table(name = "feed")
public class Feed extends PanacheEntityBase {

    @Id
    public UUID id;
    public String url;
    public String title;
    @Column(name = "poll_seconds")
    public int pollSeconds;
    @Enumerated(EnumType.STRING)
    public FeedStatus status;
    @Column(name = "full_text")
    public boolean fullText;
    public String etag;
    @Column(name = "last_modified")
    public String lastModified;
    @Column(name = "last_poll_at")
    public Instant lastPollAt;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_error_at")
    public Instant lastErrorAt;
    @Column(name = "next_poll_at")
    public Instant nextPollAt;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;
    @Column(name = "items_seen")
    public long itemsSeen;
    @Column(name = "articles_published")
    public long articlesPublished;
    @Column(name = "duplicates_dropped")
    public long duplicatesDropped;
    @Column(name = "created_at")
    public Instant createdAt;
}
