package dev.zhibiao.extract.consumer;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.telemetry.PostLogContext;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PrometheusSamples;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator sees of extraction: the per-post meters on /q/metrics, dead letters counted, and log lines that
 * name the post and the trace it came in with. Other tests' records may be extracted meanwhile (a replay re-reads
 * the topic), so the counters are checked to have grown by at least this test's posts.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class ExtractionTelemetryTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private final LogLines logs = new LogLines();

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("dev.zhibiao.extract").addHandler(logs);
    }

    @AfterEach
    void releaseLogs() {
        Logger.getLogger("dev.zhibiao.extract").removeHandler(logs);
    }

    @Test
    void anExtractedPostIsTimedAndItsIndicatorsCounted() {
        double posts = metric("zhibiao_extraction_seconds_count");
        double indicators = metric("zhibiao_indicators_per_post_sum");
        String postId = "metrics-" + UUID.randomUUID();
        kafka().send(Topics.RAW_POSTS, postId, Json.write(new RawPost(postId, postId + ".md", SamplePosts.withParagraph(
                "2021年该县村集体经济总收入达2026.55万元，落实驻村帮扶经费1482万余元。"), Instant.now())));
        IndicatorsExtracted event = Json.read(kafka().await(Topics.INDICATORS, postId, Duration.ofSeconds(60)).value(),
                IndicatorsExtracted.class);

        assertTrue(metric("zhibiao_extraction_seconds_count") >= posts + 1);
        assertTrue(metric("zhibiao_extraction_seconds_sum") > 0);
        assertTrue(PrometheusSamples.exposed(metrics(), "zhibiao_extraction_seconds_bucket", "le", "+Inf"),
                "extraction time is a histogram");
        assertTrue(event.indicators().size() >= 2, event.indicators().toString());
        assertTrue(metric("zhibiao_indicators_per_post_sum") >= indicators + event.indicators().size());
        assertTrue(PrometheusSamples.exposed(metrics(), "kafka_consumer_fetch_manager_records_lag_max",
                "client_id", "kafka-consumer-raw-posts-in"), "consumer lag of the raw-posts consumer is exposed");
    }

    @Test
    void aPoisonPostIsCountedAsDeadLetterAndItsLogLineNamesPostAndTrace() {
        double deadLetters = metric("zhibiao_dead_letters_total", "service", "extract-service");
        String postId = "poison-" + UUID.randomUUID();
        kafka().send(Topics.RAW_POSTS, postId, Json.write(new RawPost(postId, "poison.md", "没有前置元数据。", Instant.now())),
                Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));
        kafka().await(Topics.RAW_POSTS_DEAD_LETTER, postId, Duration.ofSeconds(60));

        assertTrue(metric("zhibiao_dead_letters_total", "service", "extract-service") >= deadLetters + 1);
        LogLine warning = logs.lines.stream().filter(l -> l.level().intValue() == Level.WARNING.intValue() && postId.equals(l.postId()))
                .findFirst().orElseThrow(() -> new AssertionError("no warning names " + postId + ": " + logs.lines));
        assertTrue(warning.message().contains("dead-letter"), warning.message());
        assertEquals(TRACE_ID, warning.traceId(), "the line carries the trace the record came in with");
    }

    private static double metric(String name, String... labels) {
        return PrometheusSamples.value(metrics(), name, labels);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static KafkaTestClient kafka() {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private record LogLine(Level level, String message, String postId, String traceId) {
    }

    /** Keeps the log context as it was when each line was written (it belongs to the thread's current record). */
    private static final class LogLines extends ExtHandler {
        final List<LogLine> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void doPublish(ExtLogRecord record) {
            lines.add(new LogLine(record.getLevel(), record.getFormattedMessage(), record.getMdc(PostLogContext.KEY),
                    record.getMdc("traceId")));
        }
    }
}
