package dev.zhibiao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.contract.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The three packaged services as real processes, a real Kafka broker and a real PostgreSQL: a post ingested over
 * REST becomes queryable indicators, and ingesting it again duplicates nothing.
 */
class PipelineIT {
    private static final String SEED_ID = "2022-06-10-202206102407605958";

    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = SharedPipeline.get();
    }

    @Test
    void seedPostFlowsToQueryableIndicatorsExactlyOnce() throws Exception {
        Path seed = Pipeline.SHARED.resolve("corpus/youjiangribao/" + SEED_ID + ".md");
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
        // posts of different keys may be processed in any order: wait for a marker ingested after the repeat, then a
        // moment more, before checking that the repeat changed nothing
        String marker = "e2e-marker-" + UUID.randomUUID();
        ingestPost(marker + ".md", ("---\ntitle: \"标记\"\ndate: 2024-01-01\n---\n<p>共有3个村。</p>\n").getBytes(StandardCharsets.UTF_8));
        awaitIndicators(marker, page -> page.get("total").asInt() >= 1);
        Thread.sleep(2000);
        assertEquals(total, pipeline.get("/api/indicators?size=500&post=" + SEED_ID).get("total").asInt(),
                "ingesting the same post again duplicates nothing");
        long copies = 0;
        for (JsonNode p : pipeline.get("/api/posts?size=500").get("items")) {
            if (p.get("id").asText().equals(SEED_ID)) {
                copies++;
            }
        }
        assertEquals(1, copies);
        JsonNode detail = pipeline.get("/api/posts/" + SEED_ID);
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
        HttpResponse<String> r = pipeline.ingest(name, body);
        assertEquals(202, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode awaitIndicators(String postId, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode page = null;
        while (System.nanoTime() < deadline) {
            page = pipeline.get("/api/indicators?size=500&post=" + postId);
            if (done.test(page)) {
                return page;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("indicators of " + postId + " did not arrive in time; last answer " + page);
    }
}
