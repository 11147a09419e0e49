package dev.zhibiao.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a database write and, while the database is unreachable, retries it with capped back-off instead of
 * failing: an outage pauses consumption, it never drops or dead-letters events. Any other error is the data's own
 * and is thrown.
 */
@ApplicationScoped
public class DurableWriter {
    private static final Logger LOG = Logger.getLogger(DurableWriter.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    /** @param what names the write in the log (e.g. "a batch of 500 events") */
    public <T> T write(Supplier<T> transaction, String what) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!databaseUnavailable(e)) {
                    throw e;
                }
                LOG.warnf("database unavailable (%s); retrying %s in %d ms", rootMessage(e), what, backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Connection-level failures (SQLState class 08, server shutting down, pool acquisition timeout), not data errors. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P03"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
