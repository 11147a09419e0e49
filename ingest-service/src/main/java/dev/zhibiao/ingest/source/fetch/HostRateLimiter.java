package dev.zhibiao.ingest.source.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host (scheme, host and port) at least {@code interval} apart, across all sources:
 * each caller reserves the next free slot and sleeps until it.
 */
final class HostRateLimiter {
    private final Map<String, Long> nextSlot = new HashMap<>();

    /** Blocks until a request to {@code host} may go out. */
    void acquire(String host, Duration interval) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + interval.toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
