package dev.zhibiao.query.rest;

import dev.zhibiao.contract.Problem;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every filter, order, pagination mode and the CSV download of GET /api/indicators, on {@link SampleData}. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class IndicatorSearchApiTest {

    @BeforeEach
    void stored() {
        SampleData.ensureStored();
    }

    /** Requests within province 97's subtree, so only the sample facts match. */
    private static RequestSpecification inSample() {
        return given().queryParam("region", SampleData.PROVINCE).queryParam("includeSubregions", true);
    }

    private static List<String> texts(Map<String, ?> params) {
        return inSample().queryParams(params).queryParam("size", 500).get("/api/indicators").then().statusCode(200)
                .extract().jsonPath().getList("items.text");
    }

    @Test
    void eachFilterSelectsExactlyItsFacts() {
        assertEquals(List.of("2026.55万元", "23.3万余元", "25万元", "30万元"), texts(Map.of("metric", "集体经济")),
                "metric is a substring match");
        assertEquals(List.of("194名"), texts(Map.of("unit", "名")));
        assertEquals(List.of("23.3万余元", "25万元", "30万元"), texts(Map.of("level", "village")));
        assertEquals(List.of("23.3万余元"), texts(Map.of("qualifier", "MORE_THAN")));
        assertEquals(List.of("1.5万元"), texts(Map.of("qualifier", "APPROX")));
        assertEquals(List.of("5.2%"), texts(Map.of("change", "INCREASE")));
        assertEquals(List.of("2026.55万元"), texts(Map.of("year", 2021)));
        assertEquals(List.of("23.3万余元", "5.2%", "25万元", "30万元", "1.5万元"), texts(Map.of("from", 2022, "to", 2023)));
        assertEquals(List.of("5.2%", "25万元", "30万元", "1.5万元"), texts(Map.of("from", 2023)));
        assertEquals(List.of("2026.55万元", "23.3万余元"), texts(Map.of("to", 2022)));
        assertEquals(List.of("23.3万余元", "25万元", "30万元"), texts(Map.of("minValue", 200000, "maxValue", "1000000")));
        assertEquals(List.of("2026.55万元", "23.3万余元", "194名", "5.2%"), texts(Map.of("category", "economy")));
        assertEquals(List.of("25万元", "30万元", "1.5万元"), texts(Map.of("post", SampleData.P2)));
        assertEquals(List.of("194名"), texts(Map.of("q", "驻村 工作队")), "every word of q must occur");
        assertEquals(List.of("2026.55万元", "23.3万余元", "25万元", "30万元", "1.5万元"), texts(Map.of("q", "收入")));
        assertEquals(List.of("25万元", "30万元"), texts(Map.of("metric", "集体经济", "level", "VILLAGE", "from", 2023)),
                "filters combine");
    }

    @Test
    void metricTermsOfOneOrTwoCharactersWithinRegionSubtrees() {
        // the metric-grams index (V4) serves these: a term too short for trigrams, a subtree at a division level
        assertEquals(List.of("2026.55万元", "23.3万余元", "25万元", "30万元", "1.5万元"), texts(Map.of("metric", "收入")));
        assertEquals(List.of("2026.55万元", "23.3万余元", "194名", "25万元", "30万元"), texts(Map.of("metric", "村")));
        given().queryParam("region", "9701").queryParam("includeSubregions", true).queryParam("metric", "产量")
                .get("/api/indicators").then().body("items.text", contains("5.2%"));
        given().queryParam("region", "970101").queryParam("includeSubregions", true).queryParam("metric", "收入")
                .queryParam("from", 2023).get("/api/indicators").then().body("items.text", contains("25万元", "30万元", "1.5万元"));
        given().queryParam("region", "970102").queryParam("includeSubregions", true).queryParam("metric", "收入")
                .get("/api/indicators").then().body("total", equalTo(0));
    }

    @Test
    void regionByCodeOrNameWithOrWithoutSubregions() {
        given().queryParam("region", "9701").get("/api/indicators").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].text", equalTo("5.2%"));
        given().queryParam("region", "9701").queryParam("includeSubregions", true).get("/api/indicators").then()
                .body("total", equalTo(SampleData.TOTAL));
        given().queryParam("region", "乙县").get("/api/indicators").then()
                .body("items.text", contains("2026.55万元", "1.5万元"));
        given().queryParam("region", "乙县").queryParam("includeSubregions", true).get("/api/indicators").then()
                .body("total", equalTo(5));
        given().queryParam("region", "丁村").queryParam("size", 500).get("/api/indicators").then()
                .body("items.region.fullName", contains("测试省 > 甲市 > 乙县 > 丙镇 > 丁村", "测试省 > 甲市 > 乙县 > 丙镇 > 丁村",
                        "测试省 > 甲市 > 乙县 > 丙镇 > 丁村"));
    }

    @Test
    void totalCountsAllMatchesOnEveryPage() {
        inSample().queryParam("metric", "收入").queryParam("size", 2).get("/api/indicators").then()
                .body("items.size()", equalTo(2)).body("total", equalTo(5));
        inSample().queryParam("metric", "收入").queryParam("size", 2).queryParam("page", 2).get("/api/indicators").then()
                .body("items.text", contains("1.5万元")).body("total", equalTo(5));
        inSample().queryParam("metric", "收入").queryParam("size", 2).queryParam("page", 9).get("/api/indicators").then()
                .body("items.size()", equalTo(0)).body("total", equalTo(5));
    }

    @Test
    void sortOrders() {
        assertEquals(List.of("2026.55万元", "30万元", "25万元", "23.3万余元", "1.5万元", "194名", "5.2%"),
                texts(Map.of("sort", "-value")));
        assertEquals(List.of("5.2%", "194名"), texts(Map.of("sort", "value")).subList(0, 2));
        assertEquals("194名", texts(Map.of("sort", "year")).get(0), "a fact without a year sorts as year 0");
    }

    @Test
    void cursorPagesThroughTheSameRowsAsOnePage() {
        List<Object> all = inSample().queryParam("sort", "-value").queryParam("size", 500).get("/api/indicators")
                .then().extract().jsonPath().getList("items.id");
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = inSample().queryParam("sort", "-value").queryParam("size", 3)
                    .queryParam("count", false);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/indicators");
            page.then().statusCode(200).body("total", nullValue());
            paged.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages, "7 facts in pages of 3");
        assertEquals(all, paged);
        // page numbers still work, and agree with the cursor pages
        inSample().queryParam("sort", "-value").queryParam("size", 3).queryParam("page", 2).get("/api/indicators").then()
                .body("items.id", equalTo(all.subList(6, 7))).body("total", equalTo(SampleData.TOTAL))
                .body("nextCursor", nullValue());
    }

    @Test
    void csvStreamsTheWholeResultWithBomAndHeader() {
        for (RequestSpecification request : List.of(inSample().accept("text/csv"), inSample().queryParam("format", "csv"))) {
            Response r = request.queryParam("size", 2).get("/api/indicators");
            r.then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", containsString("indicators.csv"));
            String body = new String(r.asByteArray(), StandardCharsets.UTF_8);
            assertTrue(body.startsWith("\uFEFFid,postId,value,max,unit,qualifier,text,metric,regionCode"), body);
            String[] lines = body.split("\r\n");
            assertEquals(SampleData.TOTAL + 1, lines.length, "header and every matching fact, not one page");
            assertTrue(body.contains(",20265500,,元,EXACT,2026.55万元,村集体经济总收入,970101,乙县,COUNTY,"), body);
            assertTrue(body.contains("\"2022年丁村村集体经济收入23.3万余元, 创新高。\""), "a cell with a comma is quoted");
        }
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        Map<String, Map<String, Object>> cases = Map.ofEntries(
                Map.entry("990000", Map.of("region", "990000")),
                Map.entry("没有这个地方", Map.of("region", "没有这个地方")),
                Map.entry("year", Map.of("year", "20x1")),
                Map.entry("from (2024) must not be after to (2020)", Map.of("from", 2024, "to", 2020)),
                Map.entry("minValue", Map.of("minValue", "1万")),
                Map.entry("must not be larger than maxValue (1)", Map.of("minValue", 5, "maxValue", 1)),
                Map.entry("size must be between 1 and 500", Map.of("size", 501)),
                Map.entry("level must be one of", Map.of("level", "CITY")),
                Map.entry("qualifier", Map.of("qualifier", "ABOUT")),
                Map.entry("change", Map.of("change", "UP")),
                Map.entry("includeSubregions must be true or false", Map.of("includeSubregions", "yes")),
                Map.entry("sort must be one of", Map.of("sort", "metric")),
                Map.entry("cursor", Map.of("cursor", "not-a-cursor")),
                Map.entry("either cursor or page", Map.of("cursor", "x", "page", 1)),
                Map.entry("format", Map.of("format", "xml")),
                Map.entry("count", Map.of("count", "maybe")));
        cases.forEach((detail, params) -> given().queryParams(params).get("/api/indicators").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("status", equalTo(400))
                .body("detail", containsString(detail)));
    }

    @Test
    void cursorOfAnotherSortIsRejected() {
        String cursor = inSample().queryParam("sort", "value").queryParam("size", 1).get("/api/indicators")
                .then().statusCode(200).extract().jsonPath().getString("nextCursor");
        inSample().queryParam("sort", "-value").queryParam("cursor", cursor).get("/api/indicators").then()
                .statusCode(400).body("detail", containsString("sort=value"));
        // without sort, the cursor's own order goes on
        inSample().queryParam("cursor", cursor).get("/api/indicators").then().statusCode(200)
                .body("items[0].text", equalTo("194名"));
    }

    @Test
    void postDetailHasTextAndOffsetsThatHighlightEachFact() {
        Response r = given().get("/api/posts/" + SampleData.P2);
        r.then().statusCode(200).body("categories", contains("other"))
                .body("indicators.text", containsInAnyOrder("25万元", "30万元", "1.5万元"));
        String text = r.jsonPath().getString("text");
        for (Map<String, Object> i : r.jsonPath().<Map<String, Object>>getList("indicators")) {
            assertEquals(i.get("text"), text.substring((Integer) i.get("start"), (Integer) i.get("end")));
        }
        given().queryParam("size", 500).get("/api/posts").then().statusCode(200)
                .body("items.find { it.id == '" + SampleData.P2 + "' }.title", equalTo("测试 " + SampleData.P2));
    }
}
