package dev.zhibiao.testinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of a local run, as one JVM: a Kafka broker (KRaft) and PostgreSQL (the local server when
 * one answers, else an embedded one). Writes the connection settings to {@code <state dir>/stack.env} and runs
 * until it gets SIGTERM or Ctrl-C, then stops both cleanly.
 *
 * <p>Environment: ZHIBIAO_STATE_DIR (.zhibiao), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
 * PG_PORT (15432, embedded server only), ZHIBIAO_DB (zhibiao), ZHIBIAO_KAFKA_ONLY (false).
 */
public final class LocalStack {
    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(Settings.get("ZHIBIAO_STATE_DIR", ".zhibiao")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(Settings.get("KAFKA_PORT", "9092"));
        int controllerPort = Integer.parseInt(Settings.get("KAFKA_CONTROLLER_PORT", "9093"));
        boolean kafkaOnly = Boolean.parseBoolean(Settings.get("ZHIBIAO_KAFKA_ONLY", "false"));
        Files.createDirectories(state);

        long t0 = System.nanoTime();
        KafkaBroker kafka = KafkaBroker.start(state.resolve("kafka"), kafkaPort, controllerPort);
        long t1 = System.nanoTime();
        Database db = kafkaOnly ? null
                : Database.resolve(Integer.parseInt(Settings.get("PG_PORT", "15432")), state.resolve("pg"));
        String dbUrl = db == null ? null : db.createDatabase(Settings.get("ZHIBIAO_DB", "zhibiao"));
        long t2 = System.nanoTime();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            if (db != null) {
                db.close();
            }
            System.out.println("LOCALSTACK STOPPED");
        }, "local-stack-shutdown"));

        StringBuilder env = new StringBuilder("KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers() + "\n");
        if (db != null) {
            env.append("DB_URL=").append(dbUrl).append('\n')
                    .append("DB_USER=").append(db.user()).append('\n')
                    .append("DB_PASSWORD=").append(db.password()).append('\n');
        }
        writeAtomically(state.resolve("stack.env"), env.toString());
        System.out.printf("Kafka %s ready in %d ms%n", kafka.bootstrapServers(), (t1 - t0) / 1_000_000);
        if (db != null) {
            System.out.printf("%s ready in %d ms, database %s%n", db.description(), (t2 - t1) / 1_000_000, dbUrl);
        }
        System.out.println("LOCALSTACK READY");
        new CountDownLatch(1).await();
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
