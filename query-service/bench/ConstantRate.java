import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Constant-rate HTTP load (open model, like wrk2): request n is due at start + n / rate whatever the answers before
 * it did, and its latency is measured from when it was due, so a stalled server is charged for the requests that
 * queued behind the stall (no coordinated omission). Loopback only: every URL must be on 127.0.0.1 or localhost.
 *
 * <p>java ConstantRate.java URL_FILE RATE SECONDS [WARMUP_SECONDS] — URLs are used round-robin; prints percentiles in
 * ms. The first WARMUP_SECONDS (default 5) of requests go out at the same rate but are not counted, as wrk2 leaves out
 * its calibration period: this JVM's HTTP client starts interpreted, and its first seconds would be charged to the
 * server.
 */
public class ConstantRate {
    private static final int WINDOW_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        List<URI> urls = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(URI::create).toList();
        for (URI u : urls) {
            if (!u.getHost().equals("127.0.0.1") && !u.getHost().equals("localhost")) {
                throw new IllegalArgumentException("loopback only: " + u);
            }
        }
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = rate * (args.length > 3 ? Integer.parseInt(args[3]) : 5);
        int total = rate * seconds;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        int dropped = 0;
        // a server far below the rate would queue requests without bound: past 5 s worth of outstanding requests,
        // a due request is not sent and counts as failed with infinite latency
        int maxInFlight = rate * 5;
        CountDownLatch done = new CountDownLatch(warmup + total);
        long warmupStart = System.nanoTime();
        long start = warmupStart + (long) warmup * 1_000_000_000L / rate;
        for (int n = -warmup; n < total; n++) {
            long due = start + (long) n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int slot = n;
            if (inFlight.get() >= maxInFlight) {
                if (slot >= 0) {
                    latencies[slot] = Long.MAX_VALUE;
                    dropped++;
                    errors.incrementAndGet();
                }
                done.countDown();
                continue;
            }
            inFlight.incrementAndGet();
            client.sendAsync(HttpRequest.newBuilder(urls.get(Math.floorMod(n, urls.size()))).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((r, e) -> {
                        inFlight.decrementAndGet();
                        if (slot >= 0) {
                            latencies[slot] = System.nanoTime() - due;
                            if (e != null || r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        }
                        done.countDown();
                    });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        String timeline = timeline(latencies, rate * WINDOW_SECONDS);
        Arrays.sort(latencies);
        System.out.printf("requests %d in %.1f s (%.1f/s achieved, %d/s scheduled), non-200 or failed: %d (of which not sent, server too far behind: %d)%n",
                total, elapsed, total / elapsed, rate, errors.get(), dropped);
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", ms(latencies, 0.50),
                ms(latencies, 0.90), ms(latencies, 0.99), ms(latencies, 0.999), ms(latencies, 1.0));
        System.out.println("p99 ms per " + WINDOW_SECONDS + " s window, in order: " + timeline);
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    /** Shows whether a tail comes from one stall (one bad window) or from the whole run. */
    private static String timeline(long[] latencies, int perWindow) {
        StringBuilder out = new StringBuilder();
        for (int from = 0; from < latencies.length; from += perWindow) {
            long[] window = Arrays.copyOfRange(latencies, from, Math.min(latencies.length, from + perWindow));
            Arrays.sort(window);
            out.append(String.format(" %.0f", ms(window, 0.99)));
        }
        return out.toString().trim();
    }

    /** The quantile in milliseconds; infinite when it falls on a request that was not sent. */
    private static double ms(long[] sorted, double quantile) {
        long nanos = sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
        return nanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : nanos / 1e6;
    }
}
