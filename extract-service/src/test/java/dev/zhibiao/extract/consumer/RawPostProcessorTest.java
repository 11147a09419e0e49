package dev.zhibiao.extract.consumer;

import dev.zhibiao.contract.DeadLetterHeaders;
import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class RawPostProcessorTest {
    private static final String GOOD_POST = SamplePosts.withParagraph(
            "本报田东讯 据统计，2021年该县村集体经济总收入达2026.55万元。选派至今落实驻村帮扶经费等1482万余元。");

    @Test
    void rawPostBecomesOneIndicatorEventKeyedByPostId() {
        String postId = "good-" + UUID.randomUUID();
        send(Topics.RAW_POSTS, postId, Json.write(new RawPost(postId, postId + ".md", GOOD_POST, Instant.now())));

        ConsumerRecord<String, String> record = await(Topics.INDICATORS, postId);
        IndicatorsExtracted event = Json.read(record.value(), IndicatorsExtracted.class);
        assertEquals(postId, event.post().id());
        assertEquals("田东县村集体经济稳步增长", event.post().title());
        assertNotNull(event.eventId());
        IndicatorRecord income = find(event, "2026.55万元");
        assertEquals(0, new BigDecimal("20265500").compareTo(income.value()));
        assertEquals("元", income.unit());
        assertEquals("2021", income.period());
        IndicatorRecord funds = find(event, "1482万余元");
        assertEquals(0, new BigDecimal("14820000").compareTo(funds.value()));
        assertEquals("MORE_THAN", funds.qualifier());
        assertEquals(funds.text(), event.post().text().substring(funds.start(), funds.end()));
    }

    @Test
    void postWithoutFrontMatterIsDeadLetteredWithAReasonAndTheNextPostStillFlows() {
        String badId = "bad-" + UUID.randomUUID();
        String goodId = "after-bad-" + UUID.randomUUID();
        send(Topics.RAW_POSTS, badId, Json.write(new RawPost(badId, "bad.md", "只有正文，没有前置元数据。共有194名。", Instant.now())));
        String brokenYamlId = "yaml-" + UUID.randomUUID();
        send(Topics.RAW_POSTS, brokenYamlId, Json.write(new RawPost(brokenYamlId, "yaml.md",
                "---\ntitle: \"unterminated\ndate: [2022\n---\n<p>正文</p>\n", Instant.now())));
        send(Topics.RAW_POSTS, goodId, Json.write(new RawPost(goodId, goodId + ".md", GOOD_POST, Instant.now())));

        ConsumerRecord<String, String> dead = await(Topics.RAW_POSTS_DEAD_LETTER, badId);
        assertTrue(header(dead, DeadLetterHeaders.REASON).contains("front matter"), header(dead, DeadLetterHeaders.REASON));
        assertEquals(Topics.RAW_POSTS, header(dead, DeadLetterHeaders.TOPIC));
        ConsumerRecord<String, String> deadYaml = await(Topics.RAW_POSTS_DEAD_LETTER, brokenYamlId);
        assertTrue(header(deadYaml, DeadLetterHeaders.REASON).contains("YAML"), header(deadYaml, DeadLetterHeaders.REASON));
        assertNotNull(await(Topics.INDICATORS, goodId), "the good post after the bad ones is processed");
    }

    @Test
    void replayReExtractsPostsWithTheSameEventId() {
        String postId = "replay-" + UUID.randomUUID();
        send(Topics.RAW_POSTS, postId, Json.write(new RawPost(postId, postId + ".md", GOOD_POST, Instant.now())));
        String firstEventId = Json.read(await(Topics.INDICATORS, postId).value(), IndicatorsExtracted.class).eventId();

        given().post("/api/replay").then().statusCode(401);
        given().auth().oauth2("test-token").post("/api/replay").then().statusCode(200)
                .body("partitions", hasItem(startsWith(Topics.RAW_POSTS)));

        List<ConsumerRecord<String, String>> events = kafka().await(Topics.INDICATORS, postId, 2, Duration.ofSeconds(60));
        assertEquals(firstEventId, Json.read(events.get(1).value(), IndicatorsExtracted.class).eventId(),
                "same post and extractor version give the same event id, so the store ignores the replayed copy");
    }

    @Test
    void versionsOfOnePostComeOutInTheOrderTheyCameInWhilePostsAreExtractedConcurrently() {
        String postId = "versions-" + UUID.randomUUID();
        int versions = 12;
        for (int v = 1; v <= versions; v++) {
            String other = "other-" + UUID.randomUUID();
            send(Topics.RAW_POSTS, other, Json.write(new RawPost(other, other + ".md", GOOD_POST, Instant.now())));
            send(Topics.RAW_POSTS, postId, Json.write(new RawPost(postId, postId + ".md",
                    SamplePosts.withParagraph("本报田东讯 全县共有" + v + "00名驻村工作队员。"), Instant.now())));
        }

        List<ConsumerRecord<String, String>> events = kafka().await(Topics.INDICATORS, postId, versions, Duration.ofSeconds(60));
        for (int v = 1; v <= versions; v++) {
            IndicatorRecord members = Json.read(events.get(v - 1).value(), IndicatorsExtracted.class).indicators().get(0);
            assertEquals(0, BigDecimal.valueOf(v * 100L).compareTo(members.value()), "event " + v + " is version " + v);
        }
    }

    private static IndicatorRecord find(IndicatorsExtracted event, String text) {
        return event.indicators().stream().filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator '" + text + "' in " + event.indicators()));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return KafkaTestClient.header(record, name);
    }

    private static void send(String topic, String key, String value) {
        kafka().send(topic, key, value);
    }

    private static ConsumerRecord<String, String> await(String topic, String key) {
        return kafka().await(topic, key, Duration.ofSeconds(60));
    }

    private static KafkaTestClient kafka() {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }
}
