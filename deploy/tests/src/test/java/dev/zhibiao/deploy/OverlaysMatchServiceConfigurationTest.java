package dev.zhibiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.contract.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every overlay renders, and what it deploys agrees with the services' application.properties (ports, health
 * endpoints, topics, consumer groups) and with the event contract's topics.
 */
class OverlaysMatchServiceConfigurationTest {
    private static final List<String> OVERLAYS = List.of("local", "production");
    private static final List<String> SERVICES = List.of("ingest-service", "extract-service", "query-service");
    /** The lag-scaled consumers; ingest-service scales on CPU. */
    private static final List<String> CONSUMERS = List.of("extract-service", "query-service");
    private static Map<String, RenderedOverlay> rendered;

    @BeforeAll
    static void render() {
        assumeTrue(Tools.installed("kubectl"), "kubectl is not installed: the overlays cannot be rendered, skipping");
        rendered = OVERLAYS.stream().collect(Collectors.toMap(o -> o, RenderedOverlay::render));
    }

    static Stream<Arguments> overlaysAndServices() {
        return OVERLAYS.stream().flatMap(o -> SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    static Stream<Arguments> overlaysAndConsumers() {
        return OVERLAYS.stream().flatMap(o -> CONSUMERS.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void containerAndServicePortsAreTheServicesHttpPort(String overlay, String service) {
        RenderedOverlay manifests = rendered.get(overlay);
        int port = new ServiceConfiguration(service).httpPort();
        JsonNode containerPort = manifests.serviceContainer(service).at("/ports/0");
        assertEquals("http", containerPort.path("name").asText());
        assertEquals(port, containerPort.path("containerPort").asInt());
        JsonNode servicePort = manifests.one("Service", service).at("/spec/ports/0");
        assertEquals(port, servicePort.path("port").asInt());
        assertEquals("http", servicePort.path("targetPort").asText());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void probesUseTheQuarkusHealthEndpoints(String overlay, String service) {
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        JsonNode container = rendered.get(overlay).serviceContainer(service);
        Map<String, String> checks = Map.of("startupProbe", "started", "livenessProbe", "live", "readinessProbe", "ready");
        checks.forEach((probe, check) -> {
            JsonNode httpGet = container.at("/" + probe + "/httpGet");
            assertEquals(configuration.healthPath(check), httpGet.path("path").asText(), service + " " + probe);
            assertEquals("http", httpGet.path("port").asText(), service + " " + probe);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void podsRunAsNonRootWithResourcesAndADisruptionBudget(String overlay, String service) {
        RenderedOverlay manifests = rendered.get(overlay);
        JsonNode pod = manifests.one("Deployment", service).at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), service + " runAsNonRoot");
        JsonNode container = manifests.serviceContainer(service);
        assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), service);
        for (String resource : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/memory")) {
            assertFalse(container.at(resource).isMissingNode(), service + " sets " + resource);
        }
        assertEquals(service, manifests.one("PodDisruptionBudget", service).at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
        assertNotNull(manifests.env(container, "KAFKA_BOOTSTRAP_SERVERS"), service + " gets KAFKA_BOOTSTRAP_SERVERS");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theTopicsAreExactlyTheContractsAndEveryTopicAServiceUsesExists(String overlay) {
        Set<String> deployed = topicPartitions(rendered.get(overlay)).keySet();
        assertEquals(new TreeSet<>(Topics.all()), new TreeSet<>(deployed));
        for (String service : SERVICES) {
            Set<String> used = new ServiceConfiguration(service).topics();
            assertTrue(deployed.containsAll(used), service + " uses " + used + ", deployed: " + deployed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyTopicHasTheSamePartitionCountAndTheRawTopicIsCompacted(String overlay) {
        RenderedOverlay manifests = rendered.get(overlay);
        Set<Integer> counts = new TreeSet<>(topicPartitions(manifests).values());
        assertEquals(1, counts.size(), "partition counts " + topicPartitions(manifests));
        JsonNode raw = manifests.all("KafkaTopic").stream()
                .filter(t -> t.at("/spec/topicName").asText().equals(Topics.RAW_POSTS)).findFirst().orElseThrow();
        assertEquals("compact", raw.at("/spec/config/cleanup.policy").asText());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndConsumers")
    void consumersScaleOnTheLagOfTheirTopicAndGroupUpToItsPartitionCount(String overlay, String service) {
        RenderedOverlay manifests = rendered.get(overlay);
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        JsonNode scaledObject = manifests.one("ScaledObject", service);
        assertEquals(service, scaledObject.at("/spec/scaleTargetRef/name").asText());
        JsonNode trigger = scaledObject.at("/spec/triggers/0");
        assertEquals("kafka", trigger.path("type").asText());
        assertEquals(configuration.incomingTopic(), trigger.at("/metadata/topic").asText());
        assertEquals(configuration.consumerGroup(), trigger.at("/metadata/consumerGroup").asText());
        assertEquals("KAFKA_BOOTSTRAP_SERVERS", trigger.at("/metadata/bootstrapServersFromEnv").asText());
        int partitions = topicPartitions(manifests).get(configuration.incomingTopic());
        int maxReplicas = scaledObject.at("/spec/maxReplicaCount").asInt();
        assertTrue(maxReplicas >= 1 && maxReplicas <= partitions,
                service + " may scale to " + maxReplicas + " replicas, its topic has " + partitions + " partitions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void ingestServiceScalesOnCpu(String overlay) {
        JsonNode hpa = rendered.get(overlay).one("HorizontalPodAutoscaler", "ingest-service");
        assertEquals("ingest-service", hpa.at("/spec/scaleTargetRef/name").asText());
        assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void queryServiceReadsTheDatabaseAndTheSecretCloudNativePgGenerates(String overlay) {
        RenderedOverlay manifests = rendered.get(overlay);
        JsonNode cluster = manifests.all("Cluster").get(0);
        String clusterName = cluster.at("/metadata/name").asText();
        String database = cluster.at("/spec/bootstrap/initdb/database").asText();
        JsonNode container = manifests.serviceContainer("query-service");
        assertEquals("jdbc:postgresql://" + clusterName + "-rw:5432/" + database, manifests.env(container, "DB_URL"));
        for (String variable : List.of("DB_USER", "DB_PASSWORD")) {
            assertTrue(manifests.env(container, variable).contains("\"name\":\"" + clusterName + "-app\""),
                    variable + " comes from " + manifests.env(container, variable));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kafkaRunsInKraftModeOnANodePool(String overlay) {
        RenderedOverlay manifests = rendered.get(overlay);
        JsonNode kafka = manifests.one("Kafka", "zhibiao-kafka");
        assertEquals("enabled", kafka.at("/metadata/annotations/strimzi.io~1kraft").asText());
        assertEquals("enabled", kafka.at("/metadata/annotations/strimzi.io~1node-pools").asText());
        JsonNode pool = manifests.all("KafkaNodePool").get(0);
        assertEquals("zhibiao-kafka", pool.at("/metadata/labels/strimzi.io~1cluster").asText());
        int brokers = pool.at("/spec/replicas").asInt();
        for (JsonNode topic : manifests.all("KafkaTopic")) {
            assertTrue(topic.at("/spec/replicas").asInt() <= brokers, topic.at("/spec/topicName") + " has more replicas than brokers");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void everyPodTellsAnnotationBasedScrapersWhereItsMetricsAre(String overlay, String service) {
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        JsonNode annotations = rendered.get(overlay).one("Deployment", service).at("/spec/template/metadata/annotations");
        assertEquals("true", annotations.path("prometheus.io/scrape").asText(), service);
        assertEquals(configuration.metricsPath(), annotations.path("prometheus.io/path").asText(), service);
        assertEquals(String.valueOf(configuration.httpPort()), annotations.path("prometheus.io/port").asText(), service);
    }

    @ParameterizedTest(name = "production: {0}")
    @MethodSource("services")
    void productionScrapesEveryServiceWithAPodMonitor(String service) {
        RenderedOverlay production = rendered.get("production");
        JsonNode monitor = production.one("PodMonitor", "zhibiao-services");
        JsonNode podLabels = production.one("Deployment", service).at("/spec/template/metadata/labels");
        JsonNode selector = monitor.at("/spec/selector/matchExpressions/0");
        assertFalse(podLabels.path(selector.path("key").asText()).asText().isEmpty(), "the pods carry the selected label");
        assertEquals("In", selector.path("operator").asText());
        assertTrue(StreamSupport.stream(selector.path("values").spliterator(), false)
                .anyMatch(v -> v.asText().equals(podLabels.path(selector.path("key").asText()).asText())), service + " is selected");
        JsonNode endpoint = monitor.at("/spec/podMetricsEndpoints/0");
        assertEquals("http", endpoint.path("port").asText());
        assertEquals(new ServiceConfiguration(service).metricsPath(), endpoint.path("path").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void productionExportsTracesToACollectorAndLocalKeepsThemInTheProcess(String service) {
        RenderedOverlay production = rendered.get("production");
        assertTrue(production.env(production.serviceContainer(service), "OTEL_EXPORTER_OTLP_ENDPOINT").startsWith("http://"),
                service + " in production names an OTLP collector");
        RenderedOverlay local = rendered.get("local");
        assertNull(local.env(local.serviceContainer(service), "OTEL_EXPORTER_OTLP_ENDPOINT"),
                service + " on a one-node cluster has no collector to send to");
        assertTrue(local.all("PodMonitor").isEmpty(), "the local overlay needs no Prometheus Operator");
    }

    @Test
    void theOverlaysKeepTheirNamespacesApart() {
        assertEquals("zhibiao-local", rendered.get("local").one("Deployment", "ingest-service").at("/metadata/namespace").asText());
        assertEquals("zhibiao", rendered.get("production").one("Deployment", "ingest-service").at("/metadata/namespace").asText());
        for (RenderedOverlay overlay : rendered.values()) {
            String namespace = overlay.one("Deployment", "ingest-service").at("/metadata/namespace").asText();
            String bootstrap = overlay.env(overlay.serviceContainer("ingest-service"), "KAFKA_BOOTSTRAP_SERVERS");
            assertEquals("zhibiao-kafka-kafka-bootstrap." + namespace + ".svc:9092", bootstrap,
                    overlay.name() + ": KEDA resolves the bootstrap host from its own namespace");
        }
    }

    static Stream<String> overlays() {
        return OVERLAYS.stream();
    }

    static Stream<String> services() {
        return SERVICES.stream();
    }

    private static Map<String, Integer> topicPartitions(RenderedOverlay manifests) {
        return manifests.all("KafkaTopic").stream().collect(Collectors.toMap(
                t -> t.at("/spec/topicName").asText(), t -> t.at("/spec/partitions").asInt()));
    }
}
