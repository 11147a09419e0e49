package dev.zhibiao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.otlp.ReceivedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One post followed through the packaged services: the trace context a client sends with the upload travels in the
 * Kafka headers of both topics, and ingest-service's request, extract-service's work and query-service's database
 * writes are spans of that one trace, each the child of the step before, as the collector receives them. Log lines
 * about a post carry its id and that trace id.
 */
class TracingIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = SharedPipeline.get();
    }

    @Test
    void onePostIsOneTraceFromUploadToDatabaseWrite() throws Exception {
        String traceId = randomHex(16);
        String clientSpanId = randomHex(8);
        String postId = "traced-" + UUID.randomUUID();
        ingest(postId, "---\ntitle: \"追踪\"\ndate: 2024-01-01\n---\n<p>2021年该县村集体经济总收入达2026.55万元。</p>\n",
                traceId, clientSpanId);

        List<ReceivedSpan> trace = SharedPipeline.traces().awaitTrace(traceId,
                spans -> spans.stream().anyMatch(databaseWrite()), TIMEOUT);
        ReceivedSpan upload = one(trace, "ingest-service", ReceivedSpan.SERVER);
        assertEquals(clientSpanId, upload.parentSpanId(), "the upload continues the client's trace");
        ReceivedSpan rawPublished = childOf(upload, trace, "ingest-service", ReceivedSpan.PRODUCER);
        ReceivedSpan extraction = childOf(rawPublished, trace, "extract-service", ReceivedSpan.CONSUMER);
        ReceivedSpan eventPublished = childOf(extraction, trace, "extract-service", ReceivedSpan.PRODUCER);
        ReceivedSpan stored = childOf(eventPublished, trace, "query-service", ReceivedSpan.CONSUMER);
        List<ReceivedSpan> writes = trace.stream().filter(databaseWrite()).toList();
        assertTrue(writes.stream().allMatch(w -> descendsFrom(w, stored, trace)), "database writes under " + stored);

        KafkaTestClient kafka = new KafkaTestClient(SharedPipeline.bootstrapServers());
        for (String topic : List.of(Topics.RAW_POSTS, Topics.INDICATORS)) {
            String traceparent = KafkaTestClient.header(kafka.await(topic, postId, TIMEOUT), "traceparent");
            assertTrue(traceparent.startsWith("00-" + traceId + "-"), topic + " record's traceparent " + traceparent);
        }
    }

    @Test
    void aLogLineAboutAPostNamesThePostAndItsTrace() throws Exception {
        String traceId = randomHex(16);
        String postId = "traced-poison-" + UUID.randomUUID();
        // no front matter: accepted by ingest-service, dead-lettered by extract-service with a warning
        ingest(postId, "没有前置元数据的正文。", traceId, randomHex(8));

        JsonNode line = awaitLogLine("extract-service", l -> postId.equals(l.at("/mdc/postId").asText()));
        assertEquals("WARN", line.get("level").asText(), line.toString());
        assertTrue(line.get("message").asText().contains("dead-letter"), line.toString());
        assertEquals(traceId, line.at("/mdc/traceId").asText(), line.toString());
    }

    /** Uploads {@code content} as the post file {@code postId}.md, sent from a sampled span of the client's trace. */
    private static void ingest(String postId, String content, String traceId, String parentSpanId)
            throws IOException, InterruptedException {
        HttpResponse<String> r = pipeline.ingest(postId + ".md", content.getBytes(StandardCharsets.UTF_8),
                Map.of("traceparent", "00-" + traceId + "-" + parentSpanId + "-01"));
        assertEquals(202, r.statusCode(), r.body());
    }

    private static Predicate<ReceivedSpan> databaseWrite() {
        return s -> s.service().equals("query-service") && s.kind() == ReceivedSpan.CLIENT
                && "postgresql".equals(s.attributes().get("db.system")) && s.name().startsWith("INSERT");
    }

    private static ReceivedSpan one(List<ReceivedSpan> trace, String service, int kind) {
        List<ReceivedSpan> found = trace.stream().filter(s -> s.service().equals(service) && s.kind() == kind).toList();
        assertEquals(1, found.size(), service + " spans of kind " + kind + " in " + trace);
        return found.get(0);
    }

    private static ReceivedSpan childOf(ReceivedSpan parent, List<ReceivedSpan> trace, String service, int kind) {
        ReceivedSpan child = one(trace, service, kind);
        assertEquals(parent.spanId(), child.parentSpanId(), child + " is a child of " + parent);
        return child;
    }

    private static boolean descendsFrom(ReceivedSpan span, ReceivedSpan ancestor, List<ReceivedSpan> trace) {
        Optional<ReceivedSpan> parent = Optional.of(span);
        while ((parent = parentOf(parent.get(), trace)).isPresent()) {
            if (parent.get().spanId().equals(ancestor.spanId())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ReceivedSpan> parentOf(ReceivedSpan span, List<ReceivedSpan> trace) {
        return trace.stream().filter(s -> s.spanId().equals(span.parentSpanId())).findFirst();
    }

    /** The first JSON line of a service's log that {@code matches}; fails after the timeout. */
    private static JsonNode awaitLogLine(String module, Predicate<JsonNode> matches) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String text : Files.readAllLines(pipeline.log(module), StandardCharsets.UTF_8)) {
                if (text.startsWith("{")) {
                    JsonNode line = Json.mapper().readTree(text);
                    if (matches.test(line)) {
                        return line;
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no matching line in the " + module + " log within " + TIMEOUT.toSeconds() + " s");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
