package dev.zhibiao.extract.consumer;

import dev.zhibiao.contract.CloudEventHeaders;
import dev.zhibiao.contract.EventConformance;
import dev.zhibiao.contract.EventType;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What extract-service writes is a conforming dev.zhibiao.indicators.extracted.v1 CloudEvent, and it serves the contract. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class IndicatorEventContractTest {
    private static final String POST = SamplePosts.withParagraph(
            "本报田东讯 2021年该县村集体经济总收入达2026.55万元，同比增长21.2%。共有194名队员，约占74.74%。");

    @Test
    void publishedRecordIsAnIndicatorsCloudEventWithAValidPayloadAndTheEventIdAsItsId() {
        String postId = "contract-" + UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        kafka.send(Topics.RAW_POSTS, postId, Json.write(new RawPost(postId, postId + ".md", POST, Instant.now())));

        ConsumerRecord<String, String> record = kafka.await(Topics.INDICATORS, postId, Duration.ofSeconds(60));
        Map<String, String> headers = headers(record);
        assertEquals(List.of(), EventConformance.problems(EventType.INDICATORS_EXTRACTED, record.key(), headers,
                record.value()));
        assertEquals(Json.read(record.value(), IndicatorsExtracted.class).eventId(), headers.get(CloudEventHeaders.ID));
    }

    @Test
    void servesTheAsyncApiDocument() {
        given().get("/asyncapi.yaml").then().statusCode(200).body(containsString("address: " + Topics.RAW_POSTS));
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
