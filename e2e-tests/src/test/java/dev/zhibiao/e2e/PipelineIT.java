package dev.zhibiao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.contract.Json;
import dev.zhibiao.testinfra.Database;
import dev.zhibiao.testinfra.KafkaBroker;
import dev.zhibiao.testinfra.Ports;
import dev.zhibiao.testinfra.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The three packaged services as real processes, a real Kafka broker and a real PostgreSQL: a post ingested over
 * REST becomes queryable indicators, and ingesting it again duplicates nothing.
 */
class PipelineIT {
    private static final Path ROOT = Path.of(System.getProperty("zhibiao.root.dir", "..")).toAbsolutePath().normalize();
    private static final Path SHARED = Path.of(System.getProperty("zhibiao.shared.dir", ROOT.resolve("../shared").toString()));
    private static final String SEED_ID = "2022-06-10-202206102407605958";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "e2e-" + UUID.randomUUID();

    private static KafkaBroker broker;
    private static Database database;
    private static String databaseName;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess ingest;
    private static ServiceProcess query;

    @BeforeAll
    static void startPipeline() throws IOException {
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.isBlank()) {
            broker = KafkaBroker.start(Files.createTempDirectory("zhibiao-e2e-kafka-"), Ports.free(), Ports.free());
            bootstrap = broker.bootstrapServers();
        }
        database = Database.resolve(0, null);
        databaseName = "zhibiao_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "ZHIBIAO_AUTH_TOKENS", TOKEN,
                "DB_URL", database.createDatabase(databaseName),
                "DB_USER", database.user(), "DB_PASSWORD", database.password());
        Path logs = ROOT.resolve("e2e-tests/target/service-logs");
        query = start("query-service", env, logs);
        start("extract-service", env, logs);
        ingest = start("ingest-service", env, logs);
    }

    private static ServiceProcess start(String module, Map<String, String> env, Path logs) {
        ServiceProcess service = ServiceProcess.start(ROOT, module, Ports.free(), env, logs);
        services.add(service);
        return service;
    }

    @AfterAll
    static void stopPipeline() {
        services.forEach(ServiceProcess::close);
        if (database != null) {
            database.dropDatabase(databaseName);
            database.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void seedPostFlowsToQueryableIndicatorsExactlyOnce() throws Exception {
        Path seed = SHARED.resolve("corpus/youjiangribao/" + SEED_ID + ".md");
        assumeTrue(Files.isRegularFile(seed), "the shared corpus is beside the repository");
        byte[] post = Files.readAllBytes(seed);

        JsonNode accepted = ingestPost(seed.getFileName().toString(), post);
        assertEquals(SEED_ID, accepted.get("postId").asText());

        JsonNode indicators = awaitIndicators(SEED_ID, page -> page.get("total").asInt() >= 40);
        int total = indicators.get("total").asInt();
        assertHas(indicators, "194名", "194", "名", "EXACT");
        assertHas(indicators, "1482万余元", "14820000", "元", "MORE_THAN");
        assertHas(indicators, "74.74%", "74.74", "%", "EXACT");
        assertHas(indicators, "2026.55万元", "20265500", "元", "EXACT");

        ingestPost(seed.getFileName().toString(), post);
        // a marker post ingested after the repeat is stored only after the repeat was processed (same partition order is
        // not guaranteed across keys, so wait for the marker and then give the pipeline a moment more)
        String marker = "e2e-marker-" + UUID.randomUUID();
        ingestPost(marker + ".md", ("---\ntitle: \"标记\"\ndate: 2024-01-01\n---\n<p>共有3个村。</p>\n").getBytes(StandardCharsets.UTF_8));
        awaitIndicators(marker, page -> page.get("total").asInt() >= 1);
        Thread.sleep(2000);
        assertEquals(total, get("/api/indicators?size=500&post=" + SEED_ID).get("total").asInt(),
                "ingesting the same post again duplicates nothing");
        JsonNode posts = get("/api/posts?size=500");
        long copies = 0;
        for (JsonNode p : posts.get("items")) {
            if (p.get("id").asText().equals(SEED_ID)) {
                copies++;
            }
        }
        assertEquals(1, copies);
        JsonNode detail = get("/api/posts/" + SEED_ID);
        assertEquals("田东锻造乡村振兴“尖兵”", detail.get("title").asText());
        assertEquals(total, detail.get("indicators").size());
    }

    private static void assertHas(JsonNode page, String text, String value, String unit, String qualifier) {
        for (JsonNode i : page.get("items")) {
            if (i.get("text").asText().equals(text)) {
                assertEquals(0, new BigDecimal(value).compareTo(i.get("value").decimalValue()), text);
                assertEquals(unit, i.get("unit").asText(), text);
                assertEquals(qualifier, i.get("qualifier").asText(), text);
                return;
            }
        }
        throw new AssertionError("no indicator '" + text + "' among " + page.get("total") + " indicators");
    }

    private static JsonNode ingestPost(String name, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/api/posts?name=" + name))
                .header("Content-Type", "text/markdown; charset=UTF-8")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode awaitIndicators(String postId, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode page = null;
        while (System.nanoTime() < deadline) {
            page = get("/api/indicators?size=500&post=" + postId);
            if (done.test(page)) {
                return page;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("indicators of " + postId + " did not arrive in time; last answer " + page);
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(query.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 200, path + " -> " + r.statusCode() + " " + r.body());
        return Json.mapper().readTree(r.body());
    }
}
