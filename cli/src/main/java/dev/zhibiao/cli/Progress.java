package dev.zhibiao.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on stderr: posts done of all, rate, time left and failures. On a terminal one line is redrawn
 * in place (at most ten times a second) and messages are written above it; written to a file or a pipe, a plain
 * line every few seconds instead, so logs of long runs stay short. Used by several worker threads.
 */
final class Progress {
    enum Mode {
        /** redraw one line in place */
        TERMINAL,
        /** a line now and then */
        LINES,
        /** only messages (--quiet) */
        NONE
    }

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintStream err;
    private final Mode mode;
    private final int total;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastShown;
    private int done;
    private int failed;
    private boolean lineShown;

    Progress(PrintStream err, Mode mode, int total, LongSupplier nanoTime) {
        this.err = err;
        this.mode = mode;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastShown = start;
    }

    /** One more post finished. */
    synchronized void finished(boolean success) {
        done++;
        if (!success) {
            failed++;
        }
        long now = nanoTime.getAsLong();
        boolean last = done == total;
        if (mode == Mode.TERMINAL && (last || now - lastShown >= REDRAW_NANOS)) {
            err.print(CLEAR_LINE + line(now) + (last ? "\n" : ""));
            lineShown = !last;
            lastShown = now;
        } else if (mode == Mode.LINES && !last && now - lastShown >= LINE_NANOS) {
            err.println(line(now));
            lastShown = now;
        }
    }

    /** A line of its own (a failure), kept apart from the progress line. */
    synchronized void message(String text) {
        if (lineShown) {
            err.print(CLEAR_LINE);
        }
        err.println(text);
        if (lineShown) {
            err.print(line(nanoTime.getAsLong()));
        }
    }

    synchronized int failed() {
        return failed;
    }

    /** Posts per second since the start. */
    synchronized double rate() {
        return done / seconds(nanoTime.getAsLong());
    }

    synchronized double seconds() {
        return seconds(nanoTime.getAsLong());
    }

    private String line(long now) {
        double rate = done / seconds(now);
        String eta = rate > 0 ? duration(Math.round((total - done) / rate)) : "?";
        return "%d/%d posts  %.1f/s  ETA %s  %d failed".formatted(done, total, rate, eta, failed);
    }

    private double seconds(long now) {
        return Math.max((now - start) / 1e9, 1e-3);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return "%dm%02ds".formatted(seconds / 60, seconds % 60);
        }
        return "%dh%02dm".formatted(seconds / 3600, seconds % 3600 / 60);
    }
}
