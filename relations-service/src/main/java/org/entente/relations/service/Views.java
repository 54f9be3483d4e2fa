package org.entente.relations.service;

import java.time.Instant;
import java.util.List;

/** What the query services answer with; the REST layer serializes these as they are. */
public final class Views {

    private Views() {
    }

    /** Scores are on -100..100, rounded to two decimals. */
    public static double round(double score) {
        return Math.round(score * 100.0) / 100.0;
    }

    public record Direction(String source, String target, double score, long eventCount) {
    }

    /** One logged event; {@code storyId} and {@code storyReportCount} name the story event it reports. */
    public record Evidence(String id, String type, String subtype, String modality, String source, String target,
            Instant eventTime, double weight, double contribution, String sentence, String articleUrl,
            String articleTitle, String storyId, Integer storyReportCount) {

        public Evidence withStory(StoryLinks.Link link) {
            return link == null ? this : new Evidence(id, type, subtype, modality, source, target, eventTime, weight,
                    contribution, sentence, articleUrl, articleTitle, link.storyId(), link.reportCount());
        }
    }

    public record PairTie(String pair, String a, String aName, String b, String bName, double score,
            long eventCount, Instant firstEventAt, Instant lastEventAt, List<Direction> directions,
            List<Evidence> topEvents) {
    }

    public record RankedTie(int rank, String partner, String partnerName, double score, long eventCount,
            Instant lastEventAt, double scoreToPartner, double scoreFromPartner) {
    }

    public record NationTies(String nation, String name, String order, int total, List<RankedTie> ties) {
    }
}
