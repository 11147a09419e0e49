package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.EventConformance;
import dev.zhibiao.contract.EventType;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.Problem;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.zhibiao.ingest.rest.Uploads.POST;
import static dev.zhibiao.ingest.rest.Uploads.metric;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** POST /api/posts/batch against a real broker: what lands on the raw topic, what is turned away and how. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class PostBatchResourceTest {
    private static final String NDJSON = "application/x-ndjson";

    @Test
    void everyPostOfABatchIsOnTheRawTopicKeyedByItsIdAsASingleUploadWouldBe() {
        String single = uniqueName();
        given().auth().oauth2("test-token").contentType("text/markdown").queryParam("name", single)
                .body(POST.getBytes(StandardCharsets.UTF_8)).post("/api/posts").then().statusCode(202);
        List<String> names = List.of(uniqueName(), uniqueName(), uniqueName());
        batch(names.stream().map(name -> line(name, POST + "<!-- " + name + " -->")).toArray(String[]::new))
                .statusCode(200).body("topic", equalTo(Topics.RAW_POSTS))
                .body("accepted", equalTo(3)).body("rejected", equalTo(0)).body("unavailable", equalTo(0))
                .body("posts.line", equalTo(List.of(1, 2, 3))).body("posts.name", equalTo(names))
                .body("posts.postId", equalTo(names.stream().map(PostBatchResourceTest::stem).toList()))
                .body("posts.status", equalTo(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED")));

        Map<String, ConsumerRecord<String, String>> records = records(Stream.concat(Stream.of(single), names.stream())
                .map(PostBatchResourceTest::stem).collect(Collectors.toSet()));
        ConsumerRecord<String, String> reference = records.get(stem(single));
        for (String name : names) {
            ConsumerRecord<String, String> record = records.get(stem(name));
            assertEquals(stem(name), record.key());
            RawPost raw = Json.read(record.value(), RawPost.class);
            assertEquals(new RawPost(stem(name), name, POST + "<!-- " + name + " -->", raw.receivedAt()), raw);
            assertEquals(headerNames(reference), headerNames(record), "the same headers as a single upload's record");
            assertEquals(fieldNames(reference), fieldNames(record), "the same value fields as a single upload's record");
            assertEquals(List.of(), EventConformance.problems(EventType.RAW_POST, record.key(), headers(record), record.value()));
        }
    }

    @Test
    void aBadLineCostsOnlyItselfAndEachRejectionSaysWhyAndCounts() {
        String good = uniqueName();
        char[] big = new char[5 * 1024 * 1024 + 1];
        Arrays.fill(big, 'a');
        double ingested = metric("zhibiao_posts_ingested_total");
        double badRequests = metric("zhibiao_posts_rejected_total", "reason", "bad_request");
        double tooLarge = metric("zhibiao_posts_rejected_total", "reason", "too_large");

        batch(line("2022-06-10-empty.md", ""), line("2022-06-10-big.md", new String(big)), "", line(good, POST),
                "---", "{\"name\": \"2022-06-10-cut.md\", \"content\": \"---\\ntit")
                .statusCode(200).body("accepted", equalTo(1)).body("rejected", equalTo(4)).body("unavailable", equalTo(0))
                .body("posts.line", equalTo(List.of(1, 2, 4, 5, 6)))
                .body("posts.status", equalTo(List.of("REJECTED", "REJECTED", "ACCEPTED", "REJECTED", "REJECTED")))
                .body("posts[0].reason", containsString("empty"))
                .body("posts[1].reason", containsString("the limit is 5242880"))
                .body("posts[2].postId", equalTo(stem(good))).body("posts[2].reason", nullValue())
                .body("posts[3].reason", containsString("line 5 is not a post"))
                .body("posts[4].reason", containsString("line 6 is not a post"));

        assertEquals(POST, Json.read(records(Set.of(stem(good))).get(stem(good)).value(), RawPost.class).content());
        assertEquals(ingested + 1, metric("zhibiao_posts_ingested_total"));
        assertEquals(badRequests + 3, metric("zhibiao_posts_rejected_total", "reason", "bad_request"));
        assertEquals(tooLarge + 1, metric("zhibiao_posts_rejected_total", "reason", "too_large"));
    }

    @Test
    void aBodyWithNoPostAtAllIsABadRequestThatShowsTheFormat() {
        upload(POST.getBytes(StandardCharsets.UTF_8)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("line 1 is not a post")).body("detail", containsString("one JSON object per line"));
        upload(new byte[0]).statusCode(400).contentType(Problem.MEDIA_TYPE).body("detail", containsString("empty"));
    }

    @Test
    void tooManyPostsOrBytesAreRefusedWithTheLimit() {
        int maxPosts = ConfigProvider.getConfig().getValue("zhibiao.ingest.max-batch-posts", Integer.class);
        int maxBytes = ConfigProvider.getConfig().getValue("zhibiao.ingest.max-batch-bytes", Integer.class);
        double tooLarge = metric("zhibiao_posts_rejected_total", "reason", "too_large");
        String[] lines = new String[maxPosts + 1];
        Arrays.fill(lines, line(uniqueName(), POST));
        batch(lines).statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString((maxPosts + 1) + " posts; the limit is " + maxPosts));
        assertEquals(tooLarge + maxPosts + 1, metric("zhibiao_posts_rejected_total", "reason", "too_large"),
                "each post of a refused batch counts");
        byte[] huge = new byte[maxBytes + 1];
        Arrays.fill(huge, (byte) ' ');
        upload(huge).statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("the limit is " + maxBytes + " (zhibiao.ingest.max-batch-bytes)"));
    }

    @Test
    void aBatchThatIsNotUtf8IsRefused() {
        byte[] gbk = line(uniqueName(), "测试县村集体经济收入").getBytes(Charset.forName("GBK"));
        upload(gbk).statusCode(415).contentType(Problem.MEDIA_TYPE).body("detail", containsString("UTF-8"));
    }

    @Test
    void anotherContentTypeIsRefusedWithTheOneToUse() {
        given().auth().oauth2("test-token").contentType("application/json").body("[" + line(uniqueName(), POST) + "]")
                .post("/api/posts/batch").then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("it takes application/x-ndjson, one JSON object per line"));
    }

    @Test
    void theDocumentedExampleIsABatchTheServiceReads() {
        String example = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .path("paths.'/api/posts/batch'.post.requestBody.content.'application/x-ndjson'.example");
        assertEquals(BatchExampleFilter.EXAMPLE, example);
        upload(example.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("posts.status", equalTo(List.of("ACCEPTED", "REJECTED")));
    }

    @Test
    void batchesNeedTheWriteToken() {
        byte[] body = line(uniqueName(), POST).getBytes(StandardCharsets.UTF_8);
        given().contentType(NDJSON).body(body).post("/api/posts/batch")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("detail", containsString("Bearer"));
        given().auth().oauth2("wrong").contentType(NDJSON).body(body).post("/api/posts/batch")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("detail", containsString("not valid"));
    }

    private static String uniqueName() {
        return "2022-06-10-" + UUID.randomUUID() + ".md";
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - ".md".length());
    }

    private static String line(String name, String content) {
        return Json.write(Map.of("name", name, "content", content));
    }

    private static ValidatableResponse batch(String... lines) {
        return upload((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse upload(byte[] body) {
        return given().auth().oauth2("test-token").contentType(NDJSON).body(body).post("/api/posts/batch").then();
    }

    private static Map<String, ConsumerRecord<String, String>> records(Set<String> keys) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Map<String, ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrap)
                .awaitAll(Topics.RAW_POSTS, keys, Duration.ofSeconds(30));
        assertEquals(keys, records.keySet(), "records on " + Topics.RAW_POSTS);
        return records;
    }

    private static Set<String> headerNames(ConsumerRecord<String, String> record) {
        return new TreeSet<>(headers(record).keySet());
    }

    private static Set<String> fieldNames(ConsumerRecord<String, String> record) {
        Set<String> names = new TreeSet<>();
        try {
            Json.mapper().readTree(record.value()).fieldNames().forEachRemaining(names::add);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
        assertFalse(names.isEmpty());
        return names;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

}
