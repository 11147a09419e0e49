package dev.zhibiao.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker in its own JVM (the {@link LocalStack} main in Kafka-only mode), so fault tests can stop and
 * restart it; data and ports survive a restart.
 */
public final class BrokerProcess implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public BrokerProcess(Path dir) {
        this.dir = dir;
        this.port = Ports.free();
        this.controllerPort = Ports.free();
    }

    /** The broker JVM's process id, for measuring its memory. */
    public synchronized long pid() {
        return process.pid();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized BrokerProcess start() {
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve("broker.log");
            Files.deleteIfExists(log);
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), LocalStack.class.getName()))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(java.util.Map.of("ZHIBIAO_STATE_DIR", dir.toString(), "ZHIBIAO_KAFKA_ONLY", "true",
                    "KAFKA_PORT", String.valueOf(port), "KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort)));
            process = builder.start();
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (Files.exists(log) && Files.readString(log).contains("LOCALSTACK READY")) {
                    return this;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("broker exited: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("broker not ready in 120 s: " + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Controlled shutdown (SIGTERM), as an operator's restart would do. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }
}
