package dev.zhibiao.pipelinebench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The query-service's database as the benchmark sees it: how many posts are stored, emptying it, and the limit —
 * PostgreSQL's {@code COPY} of the same rows into the same tables (same indexes and constraints).
 */
final class StoredRows implements AutoCloseable {
    /** The tables an indicator event fills; region is derived from them and small. */
    private static final List<String> EVENT_TABLES = List.of("post", "indicator");

    private final Connection connection;

    StoredRows(String url, String user, String password) {
        try {
            this.connection = DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    long posts() {
        return count("post");
    }

    long indicators() {
        return count("indicator");
    }

    /** Empties every table the query-service fills. */
    void clear() {
        execute("TRUNCATE post, indicator, region");
    }

    /** Rows copied and the seconds {@code COPY FROM} took to load them back after emptying the tables. */
    record CopyTiming(long rows, double seconds) {
    }

    CopyTiming copyRate(Path dir) {
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : EVENT_TABLES) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(table + ".copy"))) {
                    copy.copyOut("COPY " + table + " TO STDOUT", out);
                }
            }
            clear();
            execute("VACUUM ANALYZE post, indicator");
            long rows = 0;
            long start = System.nanoTime();
            for (String table : EVENT_TABLES) {
                try (InputStream in = Files.newInputStream(dir.resolve(table + ".copy"))) {
                    rows += copy.copyIn("COPY " + table + " FROM STDIN", in);
                }
            }
            return new CopyTiming(rows, (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String table) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
