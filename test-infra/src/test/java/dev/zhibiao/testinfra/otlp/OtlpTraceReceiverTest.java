package dev.zhibiao.testinfra.otlp;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OtlpTraceReceiverTest {
    private static final String TRACE = "675655359f492e9472ebdb91d4bebd3a";

    @Test
    void aBatchExportedAgainKeepsEachSpanOnce() throws Exception {
        byte[] request = request(TRACE, "59360a1f702094a1", "zhibiao.indicators receive");
        try (OtlpTraceReceiver receiver = OtlpTraceReceiver.start()) {
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 2; i++) { // the exporter's retry after an answer that came late
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(receiver.endpoint() + "/v1/traces"))
                        .header("Content-Type", "application/x-protobuf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, r.statusCode());
            }
            List<ReceivedSpan> trace = receiver.awaitTrace(TRACE, spans -> !spans.isEmpty(), Duration.ofSeconds(5));
            assertEquals(1, trace.size(), trace.toString());
            assertEquals("zhibiao.indicators receive", trace.get(0).name());
        }
    }

    /** An ExportTraceServiceRequest with one resource, one scope and one span (trace id 1, span id 2, name 5). */
    private static byte[] request(String traceId, String spanId, String name) {
        byte[] span = concat(field(1, HexFormat.of().parseHex(traceId)), field(2, HexFormat.of().parseHex(spanId)),
                field(5, name.getBytes(StandardCharsets.UTF_8)));
        byte[] scopeSpans = field(2, span);
        byte[] resourceSpans = field(2, scopeSpans);
        return field(1, resourceSpans);
    }

    /** A length-delimited protobuf field (wire type 2) of a field number below 16 and a body below 128 bytes. */
    private static byte[] field(int number, byte[] body) {
        return concat(new byte[] {(byte) (number << 3 | 2), (byte) body.length}, body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
