package dev.zhibiao.testinfra.otlp;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spans of one OTLP {@code ExportTraceServiceRequest} (opentelemetry-proto trace/v1): resource spans (1) hold
 * a resource (1) with the service name among its attributes, and scope spans (2) whose spans (2) carry trace id
 * (1), span id (2), parent span id (4), name (5), kind (6) and attributes (9).
 */
final class OtlpTraceRequest {
    private static final HexFormat HEX = HexFormat.of();

    private OtlpTraceRequest() {
    }

    static List<ReceivedSpan> spans(byte[] request) {
        List<ReceivedSpan> spans = new ArrayList<>();
        ProtoReader root = new ProtoReader(request);
        while (root.next()) {
            if (root.field() == 1) {
                resourceSpans(root.message(), spans);
            } else {
                root.skip();
            }
        }
        return spans;
    }

    private static void resourceSpans(ProtoReader reader, List<ReceivedSpan> spans) {
        String service = "";
        List<ProtoReader> scopes = new ArrayList<>();
        while (reader.next()) {
            switch (reader.field()) {
                case 1 -> service = stringAttributes(reader.message(), 1).getOrDefault("service.name", "");
                case 2 -> scopes.add(reader.message());
                default -> reader.skip();
            }
        }
        for (ProtoReader scope : scopes) {
            while (scope.next()) {
                if (scope.field() == 2) {
                    spans.add(span(scope.message(), service));
                } else {
                    scope.skip();
                }
            }
        }
    }

    private static ReceivedSpan span(ProtoReader reader, String service) {
        String traceId = "";
        String spanId = "";
        String parentSpanId = "";
        String name = "";
        int kind = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        while (reader.next()) {
            switch (reader.field()) {
                case 1 -> traceId = HEX.formatHex(reader.bytes());
                case 2 -> spanId = HEX.formatHex(reader.bytes());
                case 4 -> parentSpanId = HEX.formatHex(reader.bytes());
                case 5 -> name = reader.string();
                case 6 -> kind = (int) reader.varint();
                case 9 -> attributes.putAll(keyValue(reader.message()));
                default -> reader.skip();
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parentSpanId, name, kind, attributes);
    }

    /** The string-valued KeyValues found as field {@code field} of a message (a resource's attributes). */
    private static Map<String, String> stringAttributes(ProtoReader reader, int field) {
        Map<String, String> attributes = new LinkedHashMap<>();
        while (reader.next()) {
            if (reader.field() == field) {
                attributes.putAll(keyValue(reader.message()));
            } else {
                reader.skip();
            }
        }
        return attributes;
    }

    /** A KeyValue (key 1, AnyValue 2) whose value is a string (AnyValue field 1); empty for other value types. */
    private static Map<String, String> keyValue(ProtoReader reader) {
        String key = null;
        String value = null;
        while (reader.next()) {
            if (reader.field() == 1) {
                key = reader.string();
            } else if (reader.field() == 2) {
                ProtoReader any = reader.message();
                while (any.next()) {
                    if (any.field() == 1) {
                        value = any.string();
                    } else {
                        any.skip();
                    }
                }
            } else {
                reader.skip();
            }
        }
        return key == null || value == null ? Map.of() : Map.of(key, value);
    }
}
