package dev.zhibiao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.contract.DeadLetterHeaders;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.Problem;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every hostile input gets a clear 4xx, a dead letter with a reason, or is stored harmlessly; no service goes
 * down and a good post sent afterwards is still processed.
 */
class HostileInputIT {
    private static final List<HostileCase> CASES = HostileCorpus.cases();
    private static final Map<HostileCase, HttpResponse<String>> answers = new HashMap<>();
    private static final Map<HostileCase, String> ids = new HashMap<>();
    private static Map<String, ConsumerRecord<String, String>> deadLetters;
    private static Pipeline pipeline;

    /** Sends every case first, so the pipeline works on them together, then reads the dead letters in one pass. */
    @BeforeAll
    static void sendAllCases() throws Exception {
        pipeline = SharedPipeline.get();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (HostileCase c : CASES) {
            String id = "hostile-" + run + "-" + CASES.indexOf(c);
            ids.put(c, id);
            answers.put(c, pipeline.ingest(id + ".md", c.post()));
        }
        Set<String> expectedDeadLetters = CASES.stream().filter(c -> c.outcome() == HostileCase.Outcome.DEAD_LETTER)
                .map(ids::get).collect(Collectors.toSet());
        deadLetters = new KafkaTestClient(SharedPipeline.bootstrapServers())
                .awaitAll(Topics.RAW_POSTS_DEAD_LETTER, expectedDeadLetters, Duration.ofSeconds(120));
    }

    @TestFactory
    Stream<DynamicTest> eachHostileInputIsHandledClearly() {
        assertTrue(CASES.size() >= 40, "the hostile corpus has " + CASES.size() + " cases");
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void servicesStayUpAndAGoodPostStillFlowsAfterTheHostileOnes() throws Exception {
        for (HostileCase c : HostileCorpus.cases()) {
            pipeline.ingest("hostile-again-" + UUID.randomUUID() + ".md", c.post());
        }
        String id = "after-hostile-" + UUID.randomUUID();
        HttpResponse<String> r = pipeline.ingest(id + ".md",
                "---\ntitle: t\ndate: 2024-01-01\n---\n<p>2023年该县村集体经济总收入达2026.55万元。</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(202, r.statusCode(), r.body());
        JsonNode stored = awaitPost(id);
        assertEquals(1, stored.get("indicators").size(), stored.toString());
    }

    @Test
    void queryParametersFromAnAttackerGetProblemDetailsNeverA500() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[] queries = {"/api/indicators?size=100000", "/api/indicators?size=-1", "/api/indicators?page=-5",
                "/api/indicators?size=abc", "/api/indicators?year=abc", "/api/indicators?includeSubregions=maybe",
                "/api/indicators?region=%27%20OR%201%3D1%20--", "/api/indicators?metric=%25_%5C%27%22",
                "/api/indicators?unknownField=1", "/api/indicators?post=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/api/posts/%3Cscript%3E", "/api/posts?page=99999999999", "/api/posts/..%2F..%2Fetc%2Fpasswd"};
        for (String query : queries) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() < 500, query + " -> " + r.statusCode() + " " + r.body());
            if (r.statusCode() >= 400) {
                assertEquals(Problem.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse("").split(";")[0], query);
                assertTrue(!r.body().contains("<script>"), query + " reflects markup: " + r.body());
            }
        }
    }

    @Test
    void writesWithoutATokenAreRefused() throws Exception {
        HttpResponse<String> r = pipeline.ingestWithoutToken("no-token.md", "---\ntitle: t\n---\n<p>x</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, r.statusCode());
    }

    private static void check(HostileCase c) throws Exception {
        String name = ids.get(c);
        HttpResponse<String> r = answers.get(c);
        switch (c.outcome()) {
            case REJECTED -> {
                assertEquals(Integer.parseInt(c.expect()), r.statusCode(), c.name() + ": " + r.body());
                assertEquals(Problem.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
                assertTrue(Json.mapper().readTree(r.body()).get("detail").asText().length() > 10, r.body());
            }
            case DEAD_LETTER -> {
                assertEquals(202, r.statusCode(), c.name() + ": " + r.body());
                ConsumerRecord<String, String> record = deadLetters.get(name);
                assertTrue(record != null, c.name() + ": no dead letter");
                String reason = KafkaTestClient.header(record, DeadLetterHeaders.REASON);
                assertTrue(reason.contains(c.expect()), c.name() + ": reason '" + reason + "'");
            }
            case STORED -> {
                assertEquals(202, r.statusCode(), c.name() + ": " + r.body());
                String text = awaitPost(name).get("text").asText();
                assertTrue(text.contains(c.expect()), c.name() + ": stored text lacks '" + c.expect() + "'");
                assertTrue(!text.contains("<script") && !text.contains("onclick") && !text.contains("javascript:"),
                        c.name() + ": markup kept in the clean text");
            }
        }
    }

    private static JsonNode awaitPost(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return pipeline.get("/api/posts/" + id);
            } catch (AssertionError notYet) {
                Thread.sleep(300);
            }
        }
        return pipeline.get("/api/posts/" + id);
    }
}
