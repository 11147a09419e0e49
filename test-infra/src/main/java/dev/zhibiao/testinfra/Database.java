package dev.zhibiao.testinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server to work against, in order of preference: the one named by DB_URL (CI, production),
 * one answering on 127.0.0.1:5432 with trust auth (developer machines), else an embedded server started here
 * from the zonky binaries on Maven Central (a fresh machine with no PostgreSQL).
 */
public final class Database implements AutoCloseable {
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private final String serverUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final String description;

    private Database(String serverUrl, String user, String password, EmbeddedPostgres embedded, String description) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.description = description;
    }

    /**
     * @param embeddedPort   port for an embedded server (0 = any free port)
     * @param embeddedDataDir where an embedded server keeps its data (null = a temporary directory, deleted on close)
     */
    public static Database resolve(int embeddedPort, Path embeddedDataDir) {
        String url = Settings.get("DB_URL", null);
        if (url != null) {
            return new Database(url, Settings.get("DB_USER", "postgres"), Settings.get("DB_PASSWORD", ""), null,
                    "external PostgreSQL at " + url);
        }
        String local = "jdbc:postgresql://127.0.0.1:5432/postgres";
        if (Ports.listening(5432) && canConnect(local, "postgres", "")) {
            return new Database(local, "postgres", "", null, "local PostgreSQL on 127.0.0.1:5432");
        }
        return startEmbedded(embeddedPort, embeddedDataDir);
    }

    private static Database startEmbedded(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port == 0 ? Ports.free() : port);
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = builder.start();
            String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
            return new Database(url, "postgres", "postgres", pg, "embedded PostgreSQL on 127.0.0.1:" + pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL (it needs /usr/bin/unshare when run as root)", e);
        }
    }

    /** JDBC URL of database {@code name} on this server, creating the database when it does not exist. */
    public String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ": " + name);
        }
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + description + ": " + e.getMessage(), e);
        }
        return serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    }

    /** Drops database {@code name}, ending its open sessions first. */
    public void dropDatabase(String name) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The server's TCP port. */
    public int port() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("//[^:/]+:(\\d+)/").matcher(serverUrl);
        return m.find() ? Integer.parseInt(m.group(1)) : 5432;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("stopping the embedded PostgreSQL failed", e);
            }
        }
    }

    private static boolean canConnect(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
