package dev.zhibiao.telemetry;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Exports traces only to a collector someone named. Left at its built-in endpoint (localhost:4317), Quarkus's OTLP
 * exporter would try to send every batch there and log a failure each time no collector runs, as on a laptop or in
 * CI. While the endpoint is that default, this exporter that drops spans is visible to lookup, and Quarkus then
 * installs no OTLP exporter; naming a collector (OTEL_EXPORTER_OTLP_ENDPOINT) hides it. Spans, trace context in
 * HTTP and Kafka headers, and trace ids in logs work either way.
 */
public class TraceExport {
    /** Quarkus's default OTLP endpoint: meaning "no collector named". */
    static final String DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = DEFAULT_ENDPOINT, lookupIfMissing = true)
    SpanExporter noCollector() {
        return SpanExporter.composite();
    }
}
