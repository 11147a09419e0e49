package dev.zhibiao.pipelinebench;

import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.BrokerProcess;
import dev.zhibiao.testinfra.Database;
import dev.zhibiao.testinfra.ProjectTopics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The throughput benchmark of the whole pipeline on one machine ({@code ./zhibiao bench}): the corpus replicated to
 * {@code --posts} distinct posts, ingested through the directory-ingest command into the three packaged services on a
 * real broker and PostgreSQL; then each stage alone, and the limits of the same machine for the same records.
 *
 * <p>Phases: (1) end to end, from the first ingest call until the last post is stored; (2) the limit of the database:
 * {@code COPY} of the stored rows back into the emptied tables; (3) query-service alone: a fresh consumer group over
 * the indicator events into the emptied tables; (4) extract-service alone: a replay of the raw topic with
 * query-service stopped; (5) the limits of the broker: Kafka's producer and consumer perf tools for the same records,
 * with the services stopped.
 */
public final class PipelineBenchmark {
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(30);

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = options.work();
        Path logs = work.resolve("logs");
        deleteRecursively(work.resolve("kafka")); // a fresh broker: earlier runs' records would be replayed too
        deleteRecursively(logs);
        deleteRecursively(work.resolve("profiles"));
        Files.createDirectories(logs);
        Files.createDirectories(work.resolve("profiles"));
        Report report = new Report(options);
        log("writing %d posts to %s", options.posts(), work.resolve("posts"));
        Workload workload = Workload.write(options.root().resolve("../shared/corpus").normalize(), work.resolve("posts"), options.posts());
        report.workload(workload);

        try (BrokerProcess broker = new BrokerProcess(work.resolve("kafka")).start();
             Database database = Database.resolve(0, null)) {
            ProjectTopics.create(broker.bootstrapServers());
            database.dropDatabase("zhibiao_bench");
            String dbUrl = database.createDatabase("zhibiao_bench");
            Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(), "DB_URL", dbUrl,
                    "DB_USER", database.user(), "DB_PASSWORD", database.password());
            try (Services services = new Services(options.root(), env, options.jvmOptions(), logs,
                    options.profile() ? work.resolve("profiles") : null);
                 BrokerRecords topics = new BrokerRecords(broker.bootstrapServers())) {
                for (String service : List.of(Services.QUERY, Services.EXTRACT, Services.INGEST)) {
                    services.start(service, Map.of());
                }
                try (StoredRows rows = new StoredRows(dbUrl, database.user(), database.password())) {
                    long n = workload.posts();

                    log("phase 1: end to end");
                    Map<String, Long> pids = new LinkedHashMap<>(services.pids());
                    pids.put("broker", broker.pid());
                    CpuUse cpuAtStart = CpuUse.now(pids);
                    long start = System.nanoTime();
                    double ingestSeconds = ingest(options.root(), services, workload, logs);
                    Stopwatch.Timed endToEnd = Stopwatch.fromStart(start, new StoredEvents(services.url(Services.QUERY))::stored,
                            n, PHASE_TIMEOUT, "stored posts");
                    requireAllStored(rows, n);
                    report.endToEnd(endToEnd, ingestSeconds, rows.indicators(), CpuUse.now(pids).msPerItemSince(cpuAtStart, n));

                    log("phase 2: PostgreSQL COPY of the same rows");
                    services.stop(Services.QUERY);
                    report.copy(rows.copyRate(work), n);

                    log("phase 3: query-service alone");
                    rows.clear();
                    services.start(Services.QUERY, Map.of("MP_MESSAGING_INCOMING_INDICATORS_IN_GROUP_ID", "bench-query-alone"));
                    long queryPid = services.pids().get(Services.QUERY);
                    double queryCpu = ProcessStats.cpuSeconds(queryPid);
                    report.queryAlone(Stopwatch.fromFirstChange(new StoredEvents(services.url(Services.QUERY))::stored, 0, n,
                            PHASE_TIMEOUT, "query-service alone"), 1000 * (ProcessStats.cpuSeconds(queryPid) - queryCpu) / n);
                    requireAllStored(rows, n);
                    services.stop(Services.QUERY);

                    log("phase 4: extract-service alone (replay)");
                    long before = topics.endOffsets(Topics.INDICATORS);
                    long extractPid = services.pids().get(Services.EXTRACT);
                    double extractCpu = ProcessStats.cpuSeconds(extractPid);
                    services.post(Services.EXTRACT, "/api/replay");
                    report.extractAlone(Stopwatch.fromFirstChange(() -> topics.endOffsets(Topics.INDICATORS), before,
                            before + n, PHASE_TIMEOUT, "extract-service replay"),
                            1000 * (ProcessStats.cpuSeconds(extractPid) - extractCpu) / n);
                }
                Map<String, Long> peaks = services.peakRssMib();
                report.memory(peaks, ProcessStats.peakRssMib(broker.pid()));
                services.close();

                log("phase 5: Kafka perf tools");
                int n = workload.posts();
                KafkaPerfTools perf = new KafkaPerfTools(broker.bootstrapServers(), logs);
                Path rawPayloads = topics.exportValues(Topics.RAW_POSTS, n, work.resolve("raw-posts.jsonl"));
                Path eventPayloads = topics.exportValues(Topics.INDICATORS, n, work.resolve("indicator-events.jsonl"));
                topics.createScratch("bench.raw-posts", ProjectTopics.PARTITIONS);
                topics.createScratch("bench.indicators", ProjectTopics.PARTITIONS);
                report.kafkaLimits(perf.produce("bench.raw-posts", rawPayloads, n), perf.consume(Topics.RAW_POSTS, n),
                        perf.produce("bench.indicators", eventPayloads, n), perf.consume(Topics.INDICATORS, n));
            }
        }
        String markdown = report.markdown();
        Files.writeString(work.resolve("report.md"), markdown);
        System.out.println(markdown);
        log("report written to %s", work.resolve("report.md"));
    }

    /** Runs the directory-ingest command as a user would; returns its seconds. */
    private static double ingest(Path root, Services services, Workload workload, Path logs) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                root.resolve("cli/target/zhibiao-cli.jar").toString(), "ingest", "--quiet",
                "--url", services.url(Services.INGEST), "--token", services.token(), workload.dir().toString());
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("ingest-command.log").toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the ingest command failed: " + Files.readString(logs.resolve("ingest-command.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the ingest command", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The service's counter said so; the table must agree, or the timing measured something else. */
    private static void requireAllStored(StoredRows rows, long n) {
        long posts = rows.posts();
        if (posts != n) {
            throw new IllegalStateException("query-service counted " + n + " events stored but the post table has " + posts
                    + " rows; see the service logs");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf("==> " + format + "%n", args);
    }

    /**
     * Command-line options: --posts N, --work DIR, --jvm "OPTIONS" (the services' JVM options), --root DIR, --profile
     * (a Java Flight Recorder profile of every service in WORK/profiles).
     */
    record Options(int posts, Path work, List<String> jvmOptions, Path root, boolean profile) {
        static Options parse(String[] args) {
            int posts = 100_000;
            Path root = Path.of(System.getProperty("zhibiao.root.dir", ".")).toAbsolutePath().normalize();
            Path work = null;
            List<String> jvm = List.of("-Xmx512m");
            boolean profile = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--posts" -> posts = Integer.parseInt(args[++i]);
                    case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
                    case "--jvm" -> jvm = new ArrayList<>(Arrays.asList(args[++i].trim().split("\\s+")));
                    case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                    case "--profile" -> profile = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: [--posts 100000] [--work DIR] [--jvm \"-Xmx512m\"] [--root REPO] [--profile]");
                }
            }
            return new Options(posts, work == null ? root.resolve("pipeline-benchmark/target/run") : work, jvm, root, profile);
        }
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os.getAvailableProcessors() + " cores, load average " + String.format("%.1f", os.getSystemLoadAverage())
                + " at the start, Java " + System.getProperty("java.version");
    }
}
