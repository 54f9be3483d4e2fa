package org.entente.ingest.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An article the broker acknowledged; its id, fingerprint, story key and sketch make later copies duplicates. */
@Entity
@Table(name = "seen_article")
public class SeenArticle extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "canonical_url")
    public String canonicalUrl;
    @Column(name = "content_fingerprint")
    public String contentFingerprint;
    @Column(name = "feed_id")
    public UUID feedId;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "seen_at")
    public Instant seenAt;
    /** UrlCanonicalizer.storyKey of the canonical URL; null on rows recorded before V25. */
    @Column(name = "story_key")
    public String storyKey;
    /** MinHashSketch.toBytes of the text; null on rows recorded before V25. */
    @Column(name = "minhash")
    public byte[] minhash;
    /** MinHashSketch.bandKeys of the sketch, distinct and sorted; null without a sketch. */
    @Column(name = "band_keys")
    public long[] bandKeys;
}
