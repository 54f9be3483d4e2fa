package org.entente.relations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.entente.relations.domain.NationPair;
import org.entente.relations.messaging.EventMessage;

/** Writes an event into {@code event_log} unless its id is already there. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventLogWriter {

    private static final String INSERT = "insert into event_log (id, article_id, article_url, article_title, "
            + "sentence_index, sentence, sentence_start, sentence_end, type, subtype, cameo_code, source, target, "
            + "pair_first, pair_second, modality, confidence, trigger_text, event_time, extracted_at, "
            + "extractor_version, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing";

    @Inject
    DataSource dataSource;

    /** @return true when the event was new and is now logged. */
    public boolean insertIfNew(EventMessage e, NationPair pair, Instant receivedAt) {
        int sentenceStart = e.sentenceStart() == null ? 0 : e.sentenceStart();
        int sentenceEnd = e.sentenceEnd() == null ? sentenceStart + e.sentence().length() : e.sentenceEnd();
        // Plain JDBC: typed nulls (subtype, extractedAt) bind reliably, and this is the hot path.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, e.id());
            insert.setString(2, e.articleId());
            insert.setString(3, e.articleUrl());
            insert.setString(4, e.articleTitle());
            insert.setInt(5, e.sentenceIndex() == null ? 0 : e.sentenceIndex());
            insert.setString(6, e.sentence());
            insert.setInt(7, sentenceStart);
            insert.setInt(8, sentenceEnd);
            insert.setString(9, e.type());
            insert.setString(10, e.subtype());
            insert.setString(11, e.cameoCode());
            insert.setString(12, e.source());
            insert.setString(13, e.target());
            insert.setString(14, pair.first());
            insert.setString(15, pair.second());
            insert.setString(16, e.modality());
            insert.setDouble(17, e.confidence());
            insert.setString(18, e.trigger());
            insert.setObject(19, utc(e.eventTime()), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(20, utc(e.extractedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(21, e.extractorVersion());
            insert.setObject(22, utc(receivedAt), Types.TIMESTAMP_WITH_TIMEZONE);
            return insert.executeUpdate() == 1;
        } catch (SQLException ex) {
            throw new IllegalStateException("could not log event " + e.id() + ": " + ex.getMessage(), ex);
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
