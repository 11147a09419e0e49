package dev.zhibiao.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real Kafka for {@code @QuarkusTest}: the broker named by KAFKA_BOOTSTRAP_SERVERS (the README's test command
 * and CI start one), else a broker started in this JVM on free ports.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
    private KafkaBroker broker;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        String bootstrap = Settings.get("KAFKA_BOOTSTRAP_SERVERS", null);
        if (bootstrap == null) {
            try {
                dataDir = Files.createTempDirectory("zhibiao-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker = KafkaBroker.start(dataDir, Ports.free(), Ports.free());
            bootstrap = broker.bootstrapServers();
        }
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            deleteRecursively(dataDir);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
