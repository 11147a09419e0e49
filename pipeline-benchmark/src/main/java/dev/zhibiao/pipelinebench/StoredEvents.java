package dev.zhibiao.pipelinebench;

import dev.zhibiao.testinfra.PrometheusSamples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Events query-service has stored, read from its {@code zhibiao_events_stored_total} counter, which counts an event
 * after its transaction committed. Polling it costs the service one metrics page; polling {@code count(*)} of the
 * post table every 100 ms cost PostgreSQL a scan of the whole growing table each time, CPU the measured pipeline
 * then lacked.
 */
final class StoredEvents {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI metrics;

    StoredEvents(String queryServiceUrl) {
        metrics = URI.create(queryServiceUrl + "/q/metrics");
    }

    /** Events stored as new or replacing (not duplicates or stale versions) since the service started. */
    long stored() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + metrics + " -> " + r.statusCode());
            }
            return (long) PrometheusSamples.value(r.body(), "zhibiao_events_stored_total", "outcome", "stored");
        } catch (IOException e) {
            throw new IllegalStateException("GET " + metrics + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
