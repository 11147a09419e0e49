package dev.zhibiao.e2e;

import dev.zhibiao.testinfra.Database;
import dev.zhibiao.testinfra.KafkaBroker;
import dev.zhibiao.testinfra.Ports;
import dev.zhibiao.testinfra.otlp.OtlpTraceReceiver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * One pipeline for the end-to-end test classes of this JVM: the broker named by KAFKA_BOOTSTRAP_SERVERS (or one
 * started here), a fresh database, the three services exporting their traces to an in-memory collector. Stopped
 * when the JVM exits.
 */
final class SharedPipeline {
    private static Pipeline pipeline;
    private static String bootstrap;
    private static OtlpTraceReceiver traces;

    private SharedPipeline() {
    }

    static synchronized Pipeline get() {
        if (pipeline == null) {
            start();
        }
        return pipeline;
    }

    static synchronized String bootstrapServers() {
        get();
        return bootstrap;
    }

    static synchronized OtlpTraceReceiver traces() {
        get();
        return traces;
    }

    private static void start() {
        bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        KafkaBroker broker = null;
        if (bootstrap == null || bootstrap.isBlank()) {
            try {
                broker = KafkaBroker.start(Files.createTempDirectory("zhibiao-e2e-kafka-"), Ports.free(), Ports.free());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bootstrap = broker.bootstrapServers();
        }
        Database database = Database.resolve(0, null);
        String name = "zhibiao_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        traces = OtlpTraceReceiver.start();
        pipeline = new Pipeline(Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "DB_URL", database.createDatabase(name),
                "DB_USER", database.user(), "DB_PASSWORD", database.password(),
                "OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint(), "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                // spans reach the collector a moment after they end, not 5 s later
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms"),
                Pipeline.ROOT.resolve("e2e-tests/target/service-logs/pipeline"));
        KafkaBroker startedBroker = broker;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pipeline.close();
            traces.close();
            database.dropDatabase(name);
            database.close();
            if (startedBroker != null) {
                startedBroker.close();
            }
        }));
    }
}
