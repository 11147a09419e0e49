package dev.zhibiao.query.rest;

import dev.zhibiao.contract.Problem;
import dev.zhibiao.query.TestEvents;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** GET /api/regions, /api/metrics and /api/series on {@link SampleData}. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class RegionMetricSeriesApiTest {
    /** Outside province 97, so these facts change none of the sample's counts. */
    private static final dev.zhibiao.contract.RegionRef FOREST_COUNTY =
            SampleData.region("林县", "960101", "COUNTY", "林省", "林市", "林县");

    @BeforeEach
    void stored() {
        SampleData.ensureStored();
    }

    @Test
    void regionTreeIsBuiltFromTheEventsWithSubtreeCounts() {
        given().get("/api/regions").then().statusCode(200)
                .body("find { it.code == '97' }.name", equalTo("测试省"))
                .body("find { it.code == '97' }.level", equalTo("PROVINCE"))
                .body("find { it.code == '97' }.indicatorCount", equalTo(SampleData.TOTAL))
                .body("find { it.code == '97' }.childCount", equalTo(1));
        given().queryParam("parent", "97").get("/api/regions").then().statusCode(200)
                .body("code", contains("9701")).body("[0].indicatorCount", equalTo(7)).body("[0].childCount", equalTo(2));
        given().queryParam("parent", "9701").get("/api/regions").then().statusCode(200)
                .body("code", contains("970101", "970102")).body("name", contains("乙县", "戊县"))
                .body("indicatorCount", contains(5, 1)).body("childCount", contains(1, 0));
        given().queryParam("parent", "970101001").get("/api/regions").then()
                .body("name", contains("丁村")).body("[0].indicatorCount", equalTo(3));
        given().get("/api/regions/970101001").then().statusCode(200)
                .body("name", equalTo("丙镇")).body("level", equalTo("TOWNSHIP")).body("parentCode", equalTo("970101"))
                .body("fullName", equalTo("测试省 > 甲市 > 乙县 > 丙镇")).body("indicatorCount", equalTo(3));
    }

    @Test
    void aLocalityIsServedAsWrittenAndCountedUnderTheDivisionItLiesIn() {
        dev.zhibiao.contract.RegionRef reservoir = SampleData.region("柞木村水库", "940101001001",
                dev.zhibiao.contract.RegionRef.LOCALITY, "湖省", "湖市", "湖县", "湖镇", "柞木村", "柞木村水库");
        String post = "locality-" + System.nanoTime();
        SampleData.send(SampleData.event(post, "water", "2024-03-01T08:00:00+08:00", List.of(
                SampleData.fact("31.68万立方米", "316800", "立方米", "EXACT", "库容", reservoir, null,
                        "柞木村水库库容31.68万立方米。", null))));
        TestEvents.await(() -> given().queryParam("post", post).get("/api/indicators").then().extract().path("total"),
                1, "the reservoir fact");
        given().queryParam("region", "94").queryParam("includeSubregions", true).queryParam("level", "LOCALITY")
                .get("/api/indicators").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].region.name", equalTo("柞木村水库"))
                .body("items[0].region.level", equalTo("LOCALITY"))
                .body("items[0].region.path", contains("湖省", "湖市", "湖县", "湖镇", "柞木村", "柞木村水库"));
        // the tree holds divisions only: the village the reservoir lies in, which counts its fact
        given().get("/api/regions/940101001001").then().statusCode(200)
                .body("name", equalTo("柞木村")).body("level", equalTo("VILLAGE")).body("indicatorCount", equalTo(1));
        given().queryParam("parent", "940101001").get("/api/regions").then().statusCode(200)
                .body("name", contains("柞木村"));
    }

    @Test
    void unknownRegionsAreProblems() {
        given().get("/api/regions/123456").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("123456"));
        given().queryParam("parent", "9799").get("/api/regions").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("9799"));
    }

    @Test
    void metricsMostFrequentFirstWithUnits() {
        given().queryParam("q", "集体经济").get("/api/metrics").then().statusCode(200)
                .body("find { it.metric == '村集体经济收入' }.units[0].unit", equalTo("元"));
        String post = "metrics-" + System.nanoTime();
        SampleData.send(SampleData.event(post, "forest", "2024-02-01T08:00:00+08:00", List.of(
                SampleData.fact("3万亩", "30000", "亩", "EXACT", "造林面积", FOREST_COUNTY, "2023", "造林面积3万亩。", null),
                SampleData.fact("2万亩", "20000", "亩", "EXACT", "人工造林面积", FOREST_COUNTY, "2023", "人工造林面积2万亩。", null),
                SampleData.fact("1.2万公顷", "12000", "公顷", "EXACT", "人工造林面积", FOREST_COUNTY, "2023", "人工造林面积1.2万公顷。", null),
                SampleData.fact("5万亩", "50000", "亩", "EXACT", "人工造林面积", FOREST_COUNTY, "2022", "人工造林面积5万亩。", null))));
        TestEvents.await(() -> given().queryParam("post", post).get("/api/indicators").then().extract().path("total"),
                4, "the forest facts");
        // other tests' events on a shared broker may add more 造林 labels: assert on these two and their order only
        List<String> labels = given().queryParam("q", "造林").get("/api/metrics").then().statusCode(200)
                .body("find { it.metric == '人工造林面积' }.count", equalTo(3))
                .body("find { it.metric == '造林面积' }.count", equalTo(1))
                .body("find { it.metric == '人工造林面积' }.units.unit", contains("亩", "公顷"))
                .body("find { it.metric == '人工造林面积' }.units.count", contains(2, 1))
                .extract().path("metric");
        org.junit.jupiter.api.Assertions.assertTrue(labels.indexOf("人工造林面积") < labels.indexOf("造林面积"), labels.toString());
        given().queryParam("q", "造林").queryParam("limit", 1).get("/api/metrics").then().body("", hasSize(1));
        given().queryParam("limit", 0).get("/api/metrics").then().statusCode(400).body("detail", containsString("limit"));
    }

    private static RequestSpecification sampleSeries(String metric) {
        return given().queryParam("metric", metric).queryParam("region", SampleData.PROVINCE)
                .queryParam("includeSubregions", true);
    }

    @Test
    void seriesPerYearWithSumCountMinMaxLatest() {
        sampleSeries("集体经济").get("/api/series").then().statusCode(200)
                .body("bucket", equalTo("year")).body("series", hasSize(1)).body("series[0].unit", equalTo("元"))
                .body("series[0].points.period", contains("2021", "2022", "2023"))
                .body("series[0].points.sum", contains(20265500, 233000, 550000))
                .body("series[0].points[2].count", equalTo(2))
                .body("series[0].points[2].min", equalTo(250000)).body("series[0].points[2].max", equalTo(300000))
                .body("series[0].points[2].latest", equalTo(300000));
    }

    @Test
    void seriesPerMonthAndQuarterLeaveOutCoarserFacts() {
        sampleSeries("集体经济").queryParam("bucket", "month").get("/api/series").then().statusCode(200)
                .body("series[0].points.period", contains("2023-01", "2023-05"))
                .body("series[0].points.sum", contains(250000, 300000));
        sampleSeries("集体经济").queryParam("bucket", "quarter").get("/api/series").then()
                .body("series[0].points.period", contains("2023-Q1", "2023-Q2"));
        sampleSeries("驻村工作队员").queryParam("bucket", "month").get("/api/series").then()
                .body("series[0].points.period", contains("2023-03"))
                .body("series[0].points[0].sum", equalTo(194));
    }

    @Test
    void seriesPerRegion() {
        sampleSeries("集体经济").queryParam("groupBy", "region").get("/api/series").then().statusCode(200)
                .body("series.regionName", contains("乙县", "丁村"))
                .body("series[1].points.period", contains("2022", "2023"))
                .body("series[0].points.sum", contains(20265500));
        sampleSeries("集体经济").queryParam("bucket", "week").get("/api/series").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("bucket"));
        sampleSeries("集体经济").queryParam("groupBy", "unit").get("/api/series").then().statusCode(400)
                .body("detail", containsString("groupBy"));
    }
}
