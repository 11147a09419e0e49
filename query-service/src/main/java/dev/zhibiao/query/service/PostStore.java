package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the events of a batch, at most one per post, in one transaction: each post row and all its indicators,
 * replacing what the post had before. Redelivered events change nothing; an older extractor's event never
 * overwrites a newer one. Plain JDBC with bulk statements: one round trip per kind of row, not one per row.
 */
@ApplicationScoped
public class PostStore {
    private static final String LOCK_STORED = """
            SELECT id, event_id, extractor_version FROM post WHERE id = ANY (?) ORDER BY id FOR UPDATE""";
    private static final String DELETE_INDICATORS = "DELETE FROM indicator WHERE post_id = ANY (?)";

    private final AgroalDataSource dataSource;
    private final RegionCatalog regions;

    public PostStore(AgroalDataSource dataSource, RegionCatalog regions) {
        this.dataSource = dataSource;
        this.regions = regions;
    }

    /** @param events at most one event per post id; @return what happened to each post's event, by post id */
    @Transactional
    public Map<String, StoreOutcome> store(Collection<IndicatorsExtracted> events) {
        try (Connection connection = connect()) {
            Map<String, StoredEvent> stored = lockStored(connection, events);
            Map<String, StoreOutcome> outcomes = new HashMap<>();
            List<IndicatorsExtracted> writes = new ArrayList<>();
            List<String> replaced = new ArrayList<>();
            for (IndicatorsExtracted event : events) {
                String postId = event.post().id();
                StoredEvent before = stored.get(postId);
                StoreOutcome outcome = before == null ? StoreOutcome.STORED
                        : StoreOutcome.of(before.eventId(), before.extractorVersion(), event);
                outcomes.put(postId, outcome);
                if (outcome == StoreOutcome.STORED) {
                    writes.add(event);
                    if (before != null) {
                        replaced.add(postId);
                    }
                }
            }
            // rows in id order, like the locks: concurrent writers of overlapping batches never deadlock
            writes.sort(Comparator.comparing(e -> e.post().id()));
            deleteIndicators(connection, replaced);
            PostRows.upsert(connection, writes);
            IndicatorCopy.copy(connection, writes);
            regions.record(writes.stream().flatMap(e -> IndicatorMapper.indicatorsOf(e).stream())
                    .map(IndicatorRecord::region).filter(Objects::nonNull).toList());
            return outcomes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + events.size() + " events: " + e.getMessage(), e);
        }
    }

    /**
     * The transaction's connection (RegionCatalog gets the same one from the pool). Not getting one is an outage,
     * whatever the server's reason (refused, not accepting connections, too many clients): never the event's fault.
     */
    private Connection connect() throws SQLTransientConnectionException {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new SQLTransientConnectionException("no connection to the database: " + e.getMessage(), e);
        }
    }

    private record StoredEvent(String eventId, String extractorVersion) {
    }

    private static Map<String, StoredEvent> lockStored(Connection connection, Collection<IndicatorsExtracted> events)
            throws SQLException {
        Map<String, StoredEvent> stored = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(LOCK_STORED)) {
            s.setArray(1, connection.createArrayOf("text", events.stream().map(e -> e.post().id()).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new StoredEvent(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return stored;
    }

    private static void deleteIndicators(Connection connection, List<String> postIds) throws SQLException {
        if (postIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(DELETE_INDICATORS)) {
            s.setArray(1, connection.createArrayOf("text", postIds.toArray()));
            s.executeUpdate();
        }
    }
}
