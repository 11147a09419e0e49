package dev.zhibiao.query.rest;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.Problem;
import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.IntPredicate;

import static dev.zhibiao.query.IndicatorEvents.event;
import static dev.zhibiao.query.IndicatorEvents.indicator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class QueryApiTest {
    private static final RegionRef TIANDONG = new RegionRef("田东县", "451022", "COUNTY",
            List.of("广西壮族自治区", "百色市", "田东县"), "广西壮族自治区 > 百色市 > 田东县");
    private static final RegionRef LIXIN = new RegionRef("立新村", "451022104203", "VILLAGE",
            List.of("广西壮族自治区", "百色市", "田东县", "印茶镇", "立新村"), "广西壮族自治区 > 百色市 > 田东县 > 印茶镇 > 立新村");

    @Test
    void storedEventIsQueryableAndRedeliveryChangesNothing() {
        String postId = "post-" + UUID.randomUUID();
        IndicatorsExtracted event = event(postId, "e1", "1.0.0", List.of(
                indicator("2026.55万元", "20265500", "元", "村集体经济总收入", TIANDONG, "2021"),
                indicator("23.3万元", "233000", "元", "村集体经济收入", LIXIN, "2021"),
                indicator("194名", "194", "名", "选派第一书记和驻村工作队员", TIANDONG, null)));
        send(event);
        awaitIndicatorCount(postId, n -> n == 3);

        given().get("/api/posts/" + postId).then().statusCode(200)
                .body("id", equalTo(postId)).body("title", equalTo("田东县测试"))
                .body("indicators.size()", equalTo(3))
                .body("indicators[0].value", equalTo(20265500))
                .body("indicators[0].region.code", equalTo("451022"))
                .body("indicators[0].start", equalTo(10));

        send(event);
        send(event(postId, "e0", "0.9.0", List.of(indicator("1个", "1", "个", "旧", null, null))));
        String marker = "post-" + UUID.randomUUID();
        send(event(marker, "m", "1.0.0", List.of()));
        awaitPost(marker);
        assertEquals(3, indicatorCount(postId), "redelivered and older-version events change nothing");
    }

    @Test
    void newerEventReplacesThePostsIndicators() {
        String postId = "post-" + UUID.randomUUID();
        send(event(postId, "a", "1.0.0", List.of(indicator("194名", "194", "名", "队员", TIANDONG, null),
                indicator("21名", "21", "名", "自治区选派", TIANDONG, null))));
        awaitIndicatorCount(postId, n -> n == 2);
        send(event(postId, "b", "1.1.0", List.of(indicator("194名", "194", "名", "驻村工作队员", TIANDONG, null))));
        awaitIndicatorCount(postId, n -> n == 1);
        given().queryParam("post", postId).get("/api/indicators").then()
                .body("items[0].metric", equalTo("驻村工作队员"));
    }

    @Test
    void filtersCombine() {
        String postId = "post-" + UUID.randomUUID();
        send(event(postId, "f", "1.0.0", List.of(
                indicator("2026.55万元", "20265500", "元", "村集体经济总收入", TIANDONG, "2021"),
                indicator("23.3万元", "233000", "元", "村集体经济收入", LIXIN, "2021"),
                indicator("194名", "194", "名", "选派第一书记和驻村工作队员", TIANDONG, null))));
        awaitIndicatorCount(postId, n -> n == 3);
        given().queryParam("post", postId).queryParam("unit", "元").get("/api/indicators").then()
                .body("total", equalTo(2));
        given().queryParam("post", postId).queryParam("metric", "集体经济").queryParam("year", 2021).get("/api/indicators")
                .then().body("total", equalTo(2)).body("items.text", hasItems("2026.55万元", "23.3万元"));
        given().queryParam("post", postId).queryParam("region", "451022").get("/api/indicators").then()
                .body("total", equalTo(2));
        given().queryParam("post", postId).queryParam("region", "451022").queryParam("includeSubregions", true)
                .get("/api/indicators").then().body("total", equalTo(3));
        given().queryParam("post", postId).queryParam("region", "田东县").queryParam("includeSubregions", true)
                .get("/api/indicators").then().body("total", equalTo(3));
        given().queryParam("post", postId).queryParam("region", "立新村").get("/api/indicators").then()
                .body("total", equalTo(1)).body("items[0].value", equalTo(233000));
        given().queryParam("post", postId).queryParam("size", 1).queryParam("page", 1).get("/api/indicators").then()
                .body("items.size()", equalTo(1)).body("total", equalTo(3)).body("items[0].text", equalTo("23.3万元"));
        given().queryParam("metric", "100%_' or 1=1 --").get("/api/indicators").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void badInputGetsProblemDetails() {
        given().get("/api/posts/no-such-post").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("no-such-post"));
        given().queryParam("size", 100000).get("/api/indicators").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("size"));
        given().queryParam("page", -1).get("/api/posts").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void openApiAndHealthAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/indicators"));
    }

    private static void send(IndicatorsExtracted event) {
        new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .send(Topics.INDICATORS, event.post().id(), Json.write(event));
    }

    private static int indicatorCount(String postId) {
        return given().queryParam("post", postId).get("/api/indicators").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    private static void awaitIndicatorCount(String postId, IntPredicate done) {
        long deadline = System.currentTimeMillis() + 30_000;
        int n = -1;
        while (System.currentTimeMillis() < deadline) {
            n = indicatorCount(postId);
            if (done.test(n)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("indicators of " + postId + " never reached the expected count; last " + n);
    }

    private static void awaitPost(String postId) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (given().get("/api/posts/" + postId).statusCode() == 200) {
                return;
            }
            sleep();
        }
        throw new AssertionError("post " + postId + " never stored");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
