package dev.zhibiao.ingest.rest;

import dev.zhibiao.testinfra.PrometheusSamples;

import static io.restassured.RestAssured.given;

/** What the upload tests share: a valid post and the service's metric values. */
public final class Uploads {
    public static final String POST = """
            ---
            title: "测试县村集体经济收入"
            date: 2022-06-10 07:44:04 +0800
            ---
            <p>2021年该县村集体经济总收入达2026.55万元。</p>
            """;

    private Uploads() {
    }

    /** A sample's value on /q/metrics (0 when absent). */
    public static double metric(String name, String... labels) {
        return PrometheusSamples.value(metricsPage(), name, labels);
    }

    public static String metricsPage() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
