package dev.zhibiao.e2e;

import dev.zhibiao.testinfra.Database;
import dev.zhibiao.testinfra.KafkaBroker;
import dev.zhibiao.testinfra.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * One pipeline for the end-to-end test classes of this JVM: the broker named by KAFKA_BOOTSTRAP_SERVERS (or one
 * started here), a fresh database, the three services. Stopped when the JVM exits.
 */
final class SharedPipeline {
    private static Pipeline pipeline;
    private static String bootstrap;

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
        pipeline = new Pipeline(Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "DB_URL", database.createDatabase(name),
                "DB_USER", database.user(), "DB_PASSWORD", database.password()),
                Pipeline.ROOT.resolve("e2e-tests/target/service-logs/pipeline"));
        KafkaBroker startedBroker = broker;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pipeline.close();
            database.dropDatabase(name);
            database.close();
            if (startedBroker != null) {
                startedBroker.close();
            }
        }));
    }
}
