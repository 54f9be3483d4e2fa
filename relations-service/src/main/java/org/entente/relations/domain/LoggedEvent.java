package org.entente.relations.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One applied event with its evidence, as stored in {@code event_log}. Written by {@code EventLogWriter}. */
@Entity
@Table(name = "event_log")
public class LoggedEvent extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "article_url")
    public String articleUrl;
    @Column(name = "article_title")
    public String articleTitle;
    @Column(name = "sentence_index")
    public int sentenceIndex;
    public String sentence;
    /** {@code text} or {@code title}: the part of the article the sentence is from (Event v1 evidencePart). */
    @Column(name = "evidence_part")
    public String evidencePart;
    @Column(name = "sentence_start")
    public int sentenceStart;
    @Column(name = "sentence_end")
    public int sentenceEnd;
    public String type;
    public String subtype;
    @Column(name = "cameo_code")
    public String cameoCode;
    public String source;
    public String target;
    @Column(name = "pair_first")
    public String pairFirst;
    @Column(name = "pair_second")
    public String pairSecond;
    public String modality;
    public double confidence;
    @Column(name = "trigger_text")
    public String trigger;
    @Column(name = "event_time")
    public Instant eventTime;
    @Column(name = "extracted_at")
    public Instant extractedAt;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "received_at")
    public Instant receivedAt;
}
