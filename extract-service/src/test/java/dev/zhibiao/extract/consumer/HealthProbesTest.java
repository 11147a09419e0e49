package dev.zhibiao.extract.consumer;

import dev.zhibiao.testinfra.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** The endpoints the Kubernetes probes call (deploy/base/services/pod-defaults.yaml) answer, readiness with Kafka. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class HealthProbesTest {
    @Test
    void startedLiveAndReadyAreUpAndReadinessCoversBothKafkaChannels() {
        given().get("/q/health/started").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body(allOf(containsString(Channels.RAW_POSTS_IN), containsString(Channels.INDICATORS_OUT)));
    }
}
