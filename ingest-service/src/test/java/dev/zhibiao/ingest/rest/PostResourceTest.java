package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.Problem;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class PostResourceTest {
    private static final String POST = """
            ---
            title: "测试县村集体经济收入"
            date: 2022-06-10 07:44:04 +0800
            categories: sample
            ---
            <p>2021年该县村集体经济总收入达2026.55万元。</p>
            """;

    @Test
    void acceptedPostIsOnTheRawTopicKeyedByItsId() {
        String name = "2022-06-10-" + UUID.randomUUID() + ".md";
        String postId = name.substring(0, name.length() - 3);
        given().auth().oauth2("test-token").contentType("text/markdown; charset=UTF-8").queryParam("name", name)
                .body(POST.getBytes(StandardCharsets.UTF_8))
                .post("/api/posts")
                .then().statusCode(202).body("postId", equalTo(postId)).body("topic", equalTo(Topics.RAW_POSTS));

        ConsumerRecord<String, String> record = readRecord(postId);
        assertNotNull(record, "record for " + postId + " on " + Topics.RAW_POSTS);
        RawPost raw = Json.read(record.value(), RawPost.class);
        assertEquals(postId, raw.postId());
        assertEquals(name, raw.source());
        assertEquals(POST, raw.content());
        assertNotNull(raw.receivedAt());
    }

    @Test
    void postWithoutNameGetsAContentHashIdThatIsStable() {
        String body = POST + UUID.randomUUID();
        String first = given().auth().oauth2("test-token").contentType("text/markdown").body(body).post("/api/posts")
                .then().statusCode(202).extract().path("postId");
        String second = given().auth().oauth2("test-token").contentType("text/markdown").body(body).post("/api/posts")
                .then().statusCode(202).extract().path("postId");
        assertEquals(first, second);
        assertEquals(true, first.startsWith("sha256-"));
    }

    @Test
    void writesNeedAToken() {
        given().contentType("text/markdown").body(POST).post("/api/posts")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("detail", containsString("Bearer"));
        given().auth().oauth2("wrong").contentType("text/markdown").body(POST).post("/api/posts")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("detail", containsString("not valid"));
        given().header("X-API-Key", "test-token").contentType("text/markdown").body(POST).post("/api/posts")
                .then().statusCode(202);
    }

    @Test
    void emptyBodyIsABadRequestWithProblemDetails() {
        given().auth().oauth2("test-token").contentType("text/markdown").body(new byte[0]).post("/api/posts")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("detail", containsString("empty"));
    }

    @Test
    void nonUtf8BodyIsRejectedWithAHint() {
        byte[] gbk = "测试县村集体经济收入".getBytes(Charset.forName("GBK"));
        given().auth().oauth2("test-token").contentType("text/markdown").body(gbk).post("/api/posts")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE).body("detail", containsString("UTF-8"));
    }

    @Test
    void oversizedPostIsRejected() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().oauth2("test-token").contentType("text/markdown").body(big).post("/api/posts")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE).body("detail", containsString("limit"));
    }

    private static ConsumerRecord<String, String> readRecord(String key) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return new KafkaTestClient(bootstrap).await(Topics.RAW_POSTS, key, Duration.ofSeconds(30));
    }
}
