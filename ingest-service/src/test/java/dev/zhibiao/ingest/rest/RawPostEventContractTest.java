package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.EventConformance;
import dev.zhibiao.contract.EventType;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What ingest-service writes is a conforming dev.zhibiao.post.raw.v1 CloudEvent, and it serves the contract. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class RawPostEventContractTest {
    private static final String POST = """
            ---
            title: "契约测试"
            date: 2022-06-10 07:44:04 +0800
            ---
            <p>2021年该县村集体经济总收入达2026.55万元。</p>
            """;

    @Test
    void publishedRecordIsARawPostCloudEventWithAValidPayload() {
        String postId = "contract-" + UUID.randomUUID();
        given().auth().oauth2("test-token").contentType("text/markdown; charset=UTF-8").queryParam("name", postId + ".md")
                .body(POST.getBytes(StandardCharsets.UTF_8)).post("/api/posts").then().statusCode(202);

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        ConsumerRecord<String, String> record = new KafkaTestClient(bootstrap).await(Topics.RAW_POSTS, postId,
                Duration.ofSeconds(30));
        assertEquals(List.of(), EventConformance.problems(EventType.RAW_POST, record.key(), headers(record), record.value()));
    }

    @Test
    void servesTheAsyncApiDocumentAndThePayloadSchemas() {
        given().get("/asyncapi.yaml").then().statusCode(200).body(containsString("address: " + Topics.INDICATORS));
        for (EventType type : EventType.values()) {
            given().get("/" + type.schemaResource()).then().statusCode(200)
                    .body(containsString(type.dataSchema().toString()));
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
