package org.entente.relations.queries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What {@code GET /api/v1/stories} answers with (docs/api.md, "Story events"). */
public final class StoryViews {

    private StoryViews() {
    }

    public record Page(List<StoryView> stories, String nextCursor, int limit) {
    }

    /**
     * @param weight the lead (earliest) report's event weight
     * @param contribution weight × corroboration, decayed to now: the story's term in its tie's sum S today
     * @param scoreContribution the same on the tie's score scale (-100..100): score(S) - score(S - contribution),
     *        how far the tie's score today would move without this story
     */
    public record StoryView(String id, String type, String source, String target, Instant firstReportedAt,
            Instant lastReportedAt, int outletCount, int reportCount, double weight, double contribution,
            double scoreContribution,
            // The CSV's outlets column; in JSON each report names its outlet.
            @JsonIgnore List<String> outlets, List<ReportView> reports) {
    }

    /**
     * @param eventTime the article's publication time
     * @param eventDay the day the sentence names for its event, as the story clustering reads it ("on Saturday" in an
     *        article of Monday), or null when it names none: why two reports of different days are, or are not, one
     *        story
     */
    public record ReportView(String eventId, String articleId, String articleUrl, String articleTitle, String outlet,
            String sentence, Instant eventTime, LocalDate eventDay) {
    }
}
