package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.PostRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Inserts or replaces the post rows of events, as one JDBC batch (which the driver sends as multi-row INSERTs:
 * reWriteBatchedInserts in application.properties).
 */
final class PostRows {
    private static final String UPSERT = """
            INSERT INTO post (id, source, title, published_at, categories, tags, text, event_id, extractor_version,
                              extracted_at, stored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, title = EXCLUDED.title,
                published_at = EXCLUDED.published_at, categories = EXCLUDED.categories, tags = EXCLUDED.tags,
                text = EXCLUDED.text, event_id = EXCLUDED.event_id, extractor_version = EXCLUDED.extractor_version,
                extracted_at = EXCLUDED.extracted_at, stored_at = EXCLUDED.stored_at""";

    private PostRows() {
    }

    /** @param events at most one per post id (a multi-row upsert cannot touch a row twice) */
    static void upsert(Connection connection, List<IndicatorsExtracted> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement s = connection.prepareStatement(UPSERT)) {
            for (IndicatorsExtracted event : events) {
                PostRecord p = event.post();
                s.setString(1, p.id());
                s.setString(2, p.source());
                s.setString(3, p.title() == null ? "" : p.title());
                s.setObject(4, p.publishedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setArray(5, connection.createArrayOf("text", orEmpty(p.categories()).toArray()));
                s.setArray(6, connection.createArrayOf("text", orEmpty(p.tags()).toArray()));
                s.setString(7, p.text() == null ? "" : p.text());
                s.setString(8, event.eventId());
                s.setString(9, event.extractorVersion());
                s.setObject(10, event.extractedAt() == null ? now : event.extractedAt().atOffset(ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                s.setObject(11, now, Types.TIMESTAMP_WITH_TIMEZONE);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
