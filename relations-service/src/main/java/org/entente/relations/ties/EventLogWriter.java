package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.CheckedEvent;
import org.entente.relations.domain.NationPair;

/**
 * Writes events into {@code event_log} unless their id is already there: one multi-row statement per
 * chunk, whose {@code returning id} says which were new.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventLogWriter {

    private static final String INSERT = "insert into event_log (id, article_id, article_url, article_title, "
            + "sentence_index, sentence, sentence_start, sentence_end, type, subtype, cameo_code, source, target, "
            + "pair_first, pair_second, modality, confidence, trigger_text, event_time, extracted_at, "
            + "extractor_version, received_at, evidence_part) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int COLUMNS = 23;
    /** PostgreSQL binds at most 32,767 parameters per statement. */
    private static final int ROWS_PER_STATEMENT = 1000;

    /**
     * Logs the events whose id is not logged yet. The ids must be distinct; they are inserted in id order
     * so that consumers racing on the same ids wait for each other instead of deadlocking.
     *
     * @return the ids that were new and are now logged
     */
    public Set<String> insertNew(Connection connection, List<CheckedEvent> events, Instant receivedAt)
            throws SQLException {
        List<CheckedEvent> byId = events.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        Set<String> inserted = new HashSet<>();
        for (int from = 0; from < byId.size(); from += ROWS_PER_STATEMENT) {
            List<CheckedEvent> chunk = byId.subList(from, Math.min(byId.size(), from + ROWS_PER_STATEMENT));
            insertChunk(connection, chunk, receivedAt, inserted);
        }
        return inserted;
    }

    private static void insertChunk(Connection connection, List<CheckedEvent> chunk, Instant receivedAt,
            Set<String> inserted) throws SQLException {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        sql.append(" on conflict (id) do nothing returning id");
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < chunk.size(); i++) {
                bind(insert, i * COLUMNS, chunk.get(i), receivedAt);
            }
            try (ResultSet ids = insert.executeQuery()) {
                while (ids.next()) {
                    inserted.add(ids.getString(1));
                }
            }
        }
    }

    private static void bind(PreparedStatement insert, int at, CheckedEvent e, Instant receivedAt)
            throws SQLException {
        NationPair pair = NationPair.of(e.source(), e.target());
        int sentenceStart = e.sentenceStart() == null ? 0 : e.sentenceStart();
        int sentenceEnd = e.sentenceEnd() == null ? sentenceStart + e.sentence().length() : e.sentenceEnd();
        insert.setString(at + 1, e.id());
        insert.setString(at + 2, e.articleId());
        insert.setString(at + 3, e.articleUrl());
        insert.setString(at + 4, e.articleTitle());
        insert.setInt(at + 5, e.sentenceIndex() == null ? 0 : e.sentenceIndex());
        insert.setString(at + 6, e.sentence());
        insert.setInt(at + 7, sentenceStart);
        insert.setInt(at + 8, sentenceEnd);
        insert.setString(at + 9, e.type().name());
        insert.setString(at + 10, e.subtype());
        insert.setString(at + 11, e.cameoCode());
        insert.setString(at + 12, e.source());
        insert.setString(at + 13, e.target());
        insert.setString(at + 14, pair.first());
        insert.setString(at + 15, pair.second());
        insert.setString(at + 16, e.modality().wireName());
        insert.setDouble(at + 17, e.confidence());
        insert.setString(at + 18, e.trigger());
        insert.setObject(at + 19, utc(e.eventTime()), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setObject(at + 20, utc(e.extractedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setString(at + 21, e.extractorVersion());
        insert.setObject(at + 22, utc(receivedAt), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setString(at + 23, e.evidencePart());
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
