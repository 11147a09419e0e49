package dev.zhibiao.query;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the database holds for a post, read with plain SQL (not through the service). */
public record StoredRows(DataSource db) {

    /** The stored post's event id, null when the post is not stored. */
    public String eventIdOf(String postId) {
        List<String> ids = column("SELECT event_id FROM post WHERE id = ?", postId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The post's indicator metrics, in text order. */
    public List<String> metricsOf(String postId) {
        return column("SELECT metric FROM indicator WHERE post_id = ? ORDER BY ordinal", postId);
    }

    /** Row ids of the post's indicators, in text order: unchanged ids mean the rows were not rewritten. */
    public List<String> indicatorIdsOf(String postId) {
        return column("SELECT CAST(id AS text) FROM indicator WHERE post_id = ? ORDER BY ordinal", postId);
    }

    public String regionName(String code) {
        List<String> names = column("SELECT name FROM region WHERE code = ?", code);
        return names.isEmpty() ? null : names.get(0);
    }

    private List<String> column(String sql, String parameter) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
