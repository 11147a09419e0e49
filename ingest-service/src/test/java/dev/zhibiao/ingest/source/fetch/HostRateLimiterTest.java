package dev.zhibiao.ingest.source.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HostRateLimiterTest {
    @Test
    void requestsToOneHostAreSpacedAndOtherHostsDoNotWait() throws InterruptedException {
        HostRateLimiter limiter = new HostRateLimiter();
        Duration interval = Duration.ofMillis(150);
        long start = System.nanoTime();
        limiter.acquire("http://a", interval);
        limiter.acquire("http://b", interval);
        assertTrue(elapsedMillis(start) < 100, "the first request to each host goes at once");
        limiter.acquire("http://a", interval);
        limiter.acquire("http://a", interval);
        assertTrue(elapsedMillis(start) >= 290, "third request to a waits two intervals: " + elapsedMillis(start));
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
