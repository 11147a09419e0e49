package dev.zhibiao.testinfra.otlp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in OpenTelemetry collector for tests: takes spans over OTLP/HTTP (protobuf, {@code POST /v1/traces}) on a
 * free local port and keeps them in memory. Services export to it with
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT=}{@link #endpoint()} and {@code OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf}.
 */
public final class OtlpTraceReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    /** Trace and span ids of the spans kept: an exporter sends a batch again when its answer came late, as a collector dedupes. */
    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private final List<String> unreadable = new CopyOnWriteArrayList<>();

    private OtlpTraceReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpTraceReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpTraceReceiver receiver = new OtlpTraceReceiver(server);
            server.createContext("/v1/traces", receiver::export);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OTLP receiver", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of {@code traceId} once {@code complete} accepts them; fails after {@code timeout}. */
    public List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> complete, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ReceivedSpan> trace = List.of();
        while (System.nanoTime() < deadline) {
            trace = spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
            if (complete.test(trace)) {
                return trace;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("trace " + traceId + " incomplete after " + timeout.toSeconds() + " s: " + trace
                + (unreadable.isEmpty() ? "" : "; unreadable export requests: " + unreadable));
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            try {
                OtlpTraceRequest.spans(body).stream()
                    .filter(span -> received.add(span.traceId() + "/" + span.spanId()))
                    .forEach(spans::add);
            } catch (RuntimeException e) {
                unreadable.add(e.toString());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // an empty ExportTraceServiceResponse: everything accepted
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
