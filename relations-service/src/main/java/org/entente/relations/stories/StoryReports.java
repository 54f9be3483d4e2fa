package org.entente.relations.stories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.TieScorer;

/** Makes {@link StoryReport}s of new events and of logged ones, weighed by one tie model. */
public final class StoryReports {

    /** The event_log columns {@link #of(ResultSet)} reads, in order, for a table aliased {@code e}. */
    public static final String COLUMNS = "e.id, e.article_id, e.article_url, e.type, e.modality, e.source, e.target, "
            + "e.subtype, e.cameo_code, e.event_time, e.confidence, e.sentence, e.trigger_text";

    private final TieScorer scorer;
    private final ContentWords words;

    public StoryReports(TieScorer scorer, ContentWords words) {
        this.scorer = scorer;
        this.words = words;
    }

    TieScorer scorer() {
        return scorer;
    }

    public StoryReport of(CheckedEvent e) {
        return report(e.id(), e.articleId(), e.articleUrl(), e.type(), e.modality().wireName(), e.source(),
                e.target(), e.subtype(), e.cameoCode(), e.eventTime(), e.confidence(), e.sentence(), e.trigger());
    }

    /** Reads the row at the cursor, columns as in {@link #COLUMNS}. */
    public StoryReport of(ResultSet rs) throws SQLException {
        return of(rs, 0);
    }

    /** Reads the row at the cursor, columns as in {@link #COLUMNS} after the first {@code skip}. */
    public StoryReport of(ResultSet rs, int skip) throws SQLException {
        return report(rs.getString(skip + 1), rs.getString(skip + 2), rs.getString(skip + 3),
                EventType.valueOf(rs.getString(skip + 4)), rs.getString(skip + 5), rs.getString(skip + 6),
                rs.getString(skip + 7), rs.getString(skip + 8), rs.getString(skip + 9),
                rs.getObject(skip + 10, OffsetDateTime.class).toInstant(), rs.getDouble(skip + 11),
                rs.getString(skip + 12), rs.getString(skip + 13));
    }

    private StoryReport report(String id, String articleId, String url, EventType type, String modality,
            String source, String target, String subtype, String cameo, java.time.Instant at, double confidence,
            String sentence, String trigger) {
        double weight = scorer.weight(type, subtype, Modality.parse(modality), confidence);
        EventDays.Span days = EventDays.span(sentence, trigger, at);
        return new StoryReport(id, articleId, Outlets.of(url), type, modality, source, target, subtype, cameo, at,
                days == null ? null : days.first(), weight, words.of(sentence, trigger),
                days == null ? null : days.last());
    }
}
