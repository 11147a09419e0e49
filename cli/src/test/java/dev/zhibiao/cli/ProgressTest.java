package dev.zhibiao.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    @Test
    void onATerminalOneLineShowsCountRateTimeLeftAndFailures() {
        Progress progress = new Progress(err, Progress.Mode.TERMINAL, 100, clock::get);
        clock.addAndGet(2 * SECOND);
        for (int i = 0; i < 10; i++) {
            progress.finished(i != 3);
        }
        // ten posts at one instant: drawn once, not ten times
        assertEquals("\r\033[K1/100 posts  0.5/s  ETA 3m18s  0 failed", output());
        clock.addAndGet(SECOND);
        progress.finished(true);
        assertTrue(output().endsWith("\r\033[K11/100 posts  3.7/s  ETA 24s  1 failed"), output());
    }

    @Test
    void aMessageIsWrittenAboveTheProgressLineWhichIsThenRedrawn() {
        Progress progress = new Progress(err, Progress.Mode.TERMINAL, 4, clock::get);
        clock.addAndGet(SECOND);
        progress.finished(false);
        progress.message("b.md: rejected (400)");
        assertEquals("\r\033[K1/4 posts  1.0/s  ETA 3s  1 failed" + "\r\033[Kb.md: rejected (400)\n"
                + "1/4 posts  1.0/s  ETA 3s  1 failed", output());
    }

    @Test
    void theLastUpdateIsAlwaysDrawnAndEndsTheLine() {
        Progress progress = new Progress(err, Progress.Mode.TERMINAL, 2, clock::get);
        clock.addAndGet(SECOND);
        progress.finished(true);
        progress.finished(true);
        assertTrue(output().endsWith("\r\033[K2/2 posts  2.0/s  ETA 0s  0 failed\n"), output());
        progress.message("after the end");
        assertTrue(output().endsWith("failed\nafter the end\n"), "no redraw once finished: " + output());
    }

    @Test
    void toAFileAPlainLineEveryFewSeconds() {
        Progress progress = new Progress(err, Progress.Mode.LINES, 1000, clock::get);
        for (int i = 0; i < 10; i++) {
            clock.addAndGet(SECOND);
            progress.finished(true);
        }
        assertEquals("5/1000 posts  1.0/s  ETA 16m35s  0 failed\n10/1000 posts  1.0/s  ETA 16m30s  0 failed\n", output());
    }

    @Test
    void quietShowsOnlyMessages() {
        Progress progress = new Progress(err, Progress.Mode.NONE, 2, clock::get);
        clock.addAndGet(SECOND);
        progress.finished(false);
        progress.message("a.md: rejected (413)");
        progress.finished(true);
        assertEquals("a.md: rejected (413)\n", output());
        assertEquals(1, progress.failed());
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertEquals("59s", Progress.duration(59));
        assertEquals("1m05s", Progress.duration(65));
        assertEquals("2h03m", Progress.duration(2 * 3600 + 3 * 60 + 9));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
