package org.entente.relations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One raised alert. Later matches of the same rule and pair within the suppression window join it
 * (more events, more sources) and bump {@link #revision}; the outbox publishes each revision it has
 * not published yet ({@link #publishedRevision}). An alert merged into another ({@link #mergedInto}) is a
 * retraction: its last revision points at the alert that holds its story now.
 */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "rule_id")
    public UUID ruleId;
    @Column(name = "rule_name")
    public String ruleName;
    public String severity;
    public String kind;
    public String pair;
    @Column(name = "pair_first")
    public String first;
    @Column(name = "pair_second")
    public String second;
    public String message;
    @Column(name = "score_before")
    public double scoreBefore;
    @Column(name = "score_after")
    public double scoreAfter;
    @Column(name = "event_count")
    public int eventCount;
    @Column(name = "source_count")
    public int sourceCount;
    @Column(name = "first_event_time")
    public Instant firstEventTime;
    @Column(name = "last_event_time")
    public Instant lastEventTime;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    public int revision;
    @Column(name = "published_revision")
    public int publishedRevision;
    @Column(name = "published_at")
    public Instant publishedAt;
    /**
     * The alert this one was merged into when a later report joined their two story events; null while it is
     * live. Kept rather than deleted so the revision saying so can be published like any other.
     */
    @Column(name = "merged_into")
    public UUID mergedInto;
}
