package dev.zhibiao.e2e;

import dev.zhibiao.contract.PostIds;
import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.post.PostFormatException;
import dev.zhibiao.engine.post.PostParser;
import dev.zhibiao.testinfra.BrokerProcess;
import dev.zhibiao.testinfra.Database;
import dev.zhibiao.testinfra.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Faults while 2,000 real posts flow through the pipeline (real processes, broker and database). Each scenario
 * ingests its own posts while the fault happens, waits for quiet, and asserts that the database holds exactly those
 * posts, each with exactly the indicators the engine extracts from it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {
    private static final int POSTS = 2000;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration CONVERGENCE_TIMEOUT = Duration.ofMinutes(6);

    private static final List<CorpusPost> corpus = new ArrayList<>();
    private static BrokerProcess broker;
    private static Database database;
    private static String databaseName;
    private static String directUrl;
    private static TcpProxy databaseLink;
    private static Pipeline pipeline;

    private record CorpusPost(String name, byte[] content, int indicators) {
    }

    @BeforeAll
    static void start() throws IOException {
        Path root = Pipeline.SHARED.resolve("corpus");
        assumeTrue(Files.isDirectory(root), "the shared corpus is beside the repository");
        loadCorpus(root);
        broker = new BrokerProcess(Files.createTempDirectory("zhibiao-fault-kafka-")).start();
        database = Database.resolve(0, null);
        databaseName = "zhibiao_fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        directUrl = database.createDatabase(databaseName);
        databaseLink = new TcpProxy(database.port());
        String proxiedUrl = directUrl.replace(":" + database.port() + "/", ":" + databaseLink.port() + "/");
        pipeline = new Pipeline(Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "DB_URL", proxiedUrl, "DB_USER", database.user(), "DB_PASSWORD", database.password(),
                "ZHIBIAO_INGEST_PUBLISH_TIMEOUT", "5s"),
                Pipeline.ROOT.resolve("e2e-tests/target/service-logs/faults"));
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (databaseLink != null) {
            databaseLink.close();
        }
        if (database != null) {
            database.dropDatabase(databaseName);
            database.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void extractServiceKilledMidway() throws Exception {
        scenario("kx", 1, () -> {
            pipeline.kill("extract-service");
            pipeline.start("extract-service");
        });
    }

    @Test
    @Order(2)
    void queryServiceKilledMidway() throws Exception {
        scenario("kq", 1, () -> {
            pipeline.kill("query-service");
            pipeline.start("query-service");
        });
    }

    @Test
    @Order(3)
    void brokerStoppedFor20Seconds() throws Exception {
        scenario("kb", 1, () -> {
            broker.stop();
            pause(OUTAGE);
            broker.start();
        });
    }

    @Test
    @Order(4)
    void databaseUnreachableFor20Seconds() throws Exception {
        scenario("db", 1, () -> {
            databaseLink.block();
            pause(OUTAGE);
            databaseLink.unblock();
        });
    }

    @Test
    @Order(5)
    void samePostIngestedTwiceConcurrently() throws Exception {
        scenario("dup", 2, () -> {
        });
    }

    /**
     * @param prefix distinct id prefix of this scenario's posts
     * @param copies how many times each post is ingested, concurrently
     * @param fault  what happens once a third of the posts are accepted
     */
    private static void scenario(String prefix, int copies, Runnable fault) throws Exception {
        Map<String, CorpusPost> posts = new HashMap<>();
        for (int i = 0; posts.size() < POSTS; i++) {
            CorpusPost post = corpus.get(i % corpus.size());
            posts.put(PostIds.fromFileName(prefix + "-r" + (i / corpus.size()) + "-" + post.name()), post);
        }
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4 * copies);
        List<Future<?>> sends = new ArrayList<>();
        for (var entry : posts.entrySet()) {
            for (int c = 0; c < copies; c++) {
                sends.add(clients.submit(() -> {
                    sendUntilAccepted(entry.getKey() + ".md", entry.getValue().content());
                    accepted.incrementAndGet();
                }));
            }
        }
        while (accepted.get() < POSTS * copies / 3) {
            Thread.sleep(50);
        }
        long faultStart = System.nanoTime();
        fault.run();
        long faultEnd = System.nanoTime();
        for (Future<?> send : sends) {
            send.get();
        }
        clients.shutdown();
        long ingested = System.nanoTime();
        awaitConvergence(prefix, posts);
        long converged = System.nanoTime();
        System.out.printf("[faults] %s: fault lasted %.1f s; all %d posts accepted %.1f s after it; database converged "
                        + "%.1f s after the fault ended%n", prefix, (faultEnd - faultStart) / 1e9, posts.size(),
                (ingested - faultEnd) / 1e9, (converged - faultEnd) / 1e9);
    }

    /** What a well-behaved client does: resend on 503 (honouring Retry-After) and on connection errors. */
    private static void sendUntilAccepted(String name, byte[] content) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = pipeline.ingest(name, content);
                if (r.statusCode() == 202) {
                    return;
                }
                if (r.statusCode() != 503) {
                    throw new AssertionError(name + " rejected: " + r.statusCode() + " " + r.body());
                }
                pause(Duration.ofSeconds(Math.min(5, Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")))));
            } catch (IOException e) {
                pause(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(name + " not accepted within 5 minutes");
    }

    private static void awaitConvergence(String prefix, Map<String, CorpusPost> posts) throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        posts.forEach((id, post) -> expected.put(id, post.indicators()));
        long deadline = System.nanoTime() + CONVERGENCE_TIMEOUT.toNanos();
        Map<String, Integer> stored = Map.of();
        int storedPosts = 0;
        while (System.nanoTime() < deadline) {
            storedPosts = countPosts(prefix);
            stored = indicatorCounts(prefix);
            if (storedPosts == posts.size() && stored.equals(withoutZeros(expected))) {
                return;
            }
            Thread.sleep(1000);
        }
        assertEquals(posts.size(), storedPosts, "posts of scenario " + prefix);
        assertEquals(withoutZeros(expected), stored, "indicators per post of scenario " + prefix);
    }

    private static Map<String, Integer> withoutZeros(Map<String, Integer> counts) {
        Map<String, Integer> out = new HashMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static int countPosts(String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(directUrl, database.user(), database.password());
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM post WHERE id LIKE ?")) {
            s.setString(1, prefix + "-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // schema not migrated yet
            }
            throw e;
        }
    }

    private static Map<String, Integer> indicatorCounts(String prefix) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(directUrl, database.user(), database.password());
             PreparedStatement s = c.prepareStatement(
                     "SELECT post_id, count(*) FROM indicator WHERE post_id LIKE ? GROUP BY post_id")) {
            s.setString(1, prefix + "-%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private static void loadCorpus(Path root) throws IOException {
        PostParser parser = new PostParser();
        IndicatorExtractor extractor = IndicatorExtractor.standard();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                try {
                    var post = parser.parse(new String(content, java.nio.charset.StandardCharsets.UTF_8), file.toString());
                    corpus.add(new CorpusPost(file.getFileName().toString(), content, extractor.extract(post).size()));
                } catch (PostFormatException e) {
                    // not a post (the corpus README): the pipeline would dead-letter it
                }
            }
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
