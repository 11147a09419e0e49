package dev.zhibiao.query.rest;

import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import dev.zhibiao.testinfra.PrometheusSamples;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /q/metrics of query-service: HTTP server metrics per route, and the lag of the indicator-events consumer. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class QueryTelemetryTest {
    private static final String REQUESTS = "http_server_requests_seconds_count";

    @Test
    void everyAnsweredQueryIsCountedUnderItsRoute() {
        double before = PrometheusSamples.value(metrics(), REQUESTS, "uri", "/api/regions", "status", "200");
        given().get("/api/regions").then().statusCode(200);
        assertEquals(before + 1, PrometheusSamples.value(metrics(), REQUESTS, "uri", "/api/regions", "status", "200"));
    }

    @Test
    void theIndicatorConsumersLagIsExposed() {
        assertTrue(PrometheusSamples.exposed(metrics(), "kafka_consumer_fetch_manager_records_lag_max",
                "client_id", "kafka-consumer-indicators-in"), "consumer lag of indicators-in");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
