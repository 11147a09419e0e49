package dev.zhibiao.pipelinebench;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Waits for a counter (posts stored, events on a topic) to reach a target and times it. {@link #fromFirstChange}
 * starts the clock when the counter first moves, so a service's start-up is not counted as its processing time.
 */
final class Stopwatch {
    private static final long POLL_MILLIS = 100;

    /** Items counted and the seconds they took. */
    record Timed(long items, double seconds) {
        double rate() {
            return items / seconds;
        }
    }

    private Stopwatch() {
    }

    /** Seconds from {@code startNanos} until the counter reaches the target. */
    static Timed fromStart(long startNanos, LongSupplier counter, long target, Duration timeout, String what) {
        awaitAtLeast(counter, target, startNanos + timeout.toNanos(), what);
        return new Timed(target, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Seconds from the counter's first change (from {@code before}) until it reaches the target. */
    static Timed fromFirstChange(LongSupplier counter, long before, long target, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen;
        while ((seen = counter.getAsLong()) == before) {
            check(deadline, what + " never started");
            sleep();
        }
        long start = System.nanoTime();
        awaitAtLeast(counter, target, deadline, what);
        return new Timed(target - seen, (System.nanoTime() - start) / 1e9);
    }

    private static void awaitAtLeast(LongSupplier counter, long target, long deadline, String what) {
        while (counter.getAsLong() < target) {
            check(deadline, what + " did not reach " + target + " (at " + counter.getAsLong() + ")");
            sleep();
        }
    }

    private static void check(long deadline, String message) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(message);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
