package org.entente.relations.queries;

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

    /**
     * One logged event; {@code storyId} and {@code storyReportCount} name the story event it reports.
     * {@code storyContribution} is what that story adds to the tie today, on the story's lead report only
     * and 0 on its other reports, so that summing the column over a pair's events gives the tie's sum S
     * once per story (a report's own {@code contribution} would count a story once per outlet).
     */
    public record Evidence(String id, String type, String subtype, String modality, String source, String target,
            Instant eventTime, double weight, double contribution, String sentence, String articleUrl,
            String articleTitle, String storyId, Integer storyReportCount, Double storyContribution,
            String evidencePart) {

        public Evidence withStory(StoryLinks.Link link) {
            return link == null ? this
                    : new Evidence(id, type, subtype, modality, source, target, eventTime, weight,
                            contribution, sentence, articleUrl, articleTitle, link.storyId(), link.reportCount(),
                            id.equals(link.leadEventId()) ? link.storyContribution() : 0.0, evidencePart);
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
