package dev.zhibiao.ingest.rest;

import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PrometheusSamples;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static dev.zhibiao.ingest.rest.Uploads.POST;
import static dev.zhibiao.ingest.rest.Uploads.metric;
import static dev.zhibiao.ingest.rest.Uploads.metricsPage;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What /q/metrics tells an operator about uploads: posts taken, posts turned away and why, the Kafka producer. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class IngestMetricsTest {
    private static final String INGESTED = "zhibiao_posts_ingested_total";
    private static final String REJECTED = "zhibiao_posts_rejected_total";

    @Test
    void anAcceptedPostCountsAsIngested() {
        double before = metric(INGESTED);
        upload(("%s<!-- %s -->".formatted(POST, UUID.randomUUID())).getBytes(StandardCharsets.UTF_8)).statusCode(202);
        assertEquals(before + 1, metric(INGESTED));
        assertTrue(PrometheusSamples.value(metricsPage(), "kafka_producer_record_send_total",
                "client_id", "kafka-producer-raw-posts-out") >= 1, "the Kafka producer's own metrics are exposed");
        assertTrue(PrometheusSamples.exposed(metricsPage(), "http_server_requests_seconds_count",
                "uri", "/api/posts", "status", "202"), "HTTP server metrics are exposed");
    }

    @Test
    void everyRejectionCountsUnderItsReason() {
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(oversized, (byte) 'a');
        assertRejection("too_large", oversized, 413);
        assertRejection("bad_request", new byte[0], 400);
        assertRejection("unsupported_media_type", "测试县村集体经济收入".getBytes(Charset.forName("GBK")), 415);
    }

    @Test
    void everyReasonIsExposedBeforeItsFirstRejection() {
        String metrics = metricsPage();
        for (String reason : new String[]{"too_large", "bad_request", "unsupported_media_type", "unavailable", "unreadable"}) {
            assertTrue(PrometheusSamples.exposed(metrics, REJECTED, "reason", reason), reason);
        }
    }

    private static void assertRejection(String reason, byte[] body, int status) {
        double before = metric(REJECTED, "reason", reason);
        double ingestedBefore = metric(INGESTED);
        upload(body).statusCode(status);
        assertEquals(before + 1, metric(REJECTED, "reason", reason), reason);
        assertEquals(ingestedBefore, metric(INGESTED), "a rejected post is not counted as ingested");
    }

    private static io.restassured.response.ValidatableResponse upload(byte[] body) {
        return given().auth().oauth2("test-token").contentType("text/markdown").body(body).post("/api/posts").then();
    }


}
