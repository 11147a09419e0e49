package dev.zhibiao.examples.consumer;

import dev.zhibiao.contract.CloudEventHeaders;
import dev.zhibiao.contract.EventType;
import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.PostRecord;
import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.testinfra.KafkaBroker;
import dev.zhibiao.testinfra.Ports;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example consumer reads indicator events, published as extract-service publishes them, from a real broker. */
class IndicatorConsumerTest {
    @TempDir
    static Path brokerDir;
    private static KafkaBroker broker;
    private static String bootstrapServers;

    @BeforeAll
    static void kafka() {
        bootstrapServers = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            broker = KafkaBroker.start(brokerDir, Ports.free(), Ports.free());
            bootstrapServers = broker.bootstrapServers();
        }
    }

    @AfterAll
    static void stopKafka() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void readsTheIndicatorsOfAnEventAndSkipsEventsOfOtherTypes() {
        String postId = "example-" + UUID.randomUUID();
        IndicatorsExtracted published = event(postId);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(cloudEvent(published, "dev.zhibiao.indicators.extracted.v2"));
            producer.send(cloudEvent(published, EventType.INDICATORS_EXTRACTED.type()));
            producer.flush();
        }

        List<IndicatorEvent> received = new ArrayList<>();
        try (IndicatorConsumer consumer = new IndicatorConsumer(bootstrapServers, "example-" + UUID.randomUUID())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.stream().noneMatch(e -> e.post().id().equals(postId)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500), received::add);
            }
        }

        IndicatorEvent event = received.stream().filter(e -> e.post().id().equals(postId)).findFirst().orElse(null);
        assertNotNull(event, "the consumer did not receive the event of " + postId);
        assertEquals(published.eventId(), event.eventId());
        assertEquals(1, received.stream().filter(e -> e.post().id().equals(postId)).count(), "the v2 event is skipped");
        IndicatorEvent.Indicator income = event.indicators().get(0);
        assertEquals(0, new BigDecimal("20265500").compareTo(income.value()));
        assertEquals("元", income.unit());
        assertEquals("451022", income.region().code());
        assertEquals("2021", income.period());
        assertTrue(event.indicators().get(1).region() == null, "an indicator without a place has no region");
    }

    /** A record as extract-service writes it (CloudEvents headers in binary mode, the contract's JSON as the value), of type ceType. */
    private static ProducerRecord<String, String> cloudEvent(IndicatorsExtracted event, String ceType) {
        EventType type = EventType.INDICATORS_EXTRACTED;
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.post().id(), Json.write(event));
        Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, event.eventId(),
                CloudEventHeaders.SOURCE, "/zhibiao/extract-service",
                CloudEventHeaders.TYPE, ceType,
                CloudEventHeaders.SUBJECT, event.post().id(),
                CloudEventHeaders.TIME, event.extractedAt().toString(),
                CloudEventHeaders.DATA_SCHEMA, type.dataSchema().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static IndicatorsExtracted event(String postId) {
        RegionRef county = new RegionRef("田东县", "451022", "COUNTY", List.of("广西壮族自治区", "百色市", "田东县"), null);
        String sentence = "2021年该县村集体经济总收入达2026.55万元，增长率约为3%。";
        return new IndicatorsExtracted("evt-" + UUID.randomUUID(), "test", Instant.now(),
                new PostRecord(postId, postId + ".md", "田东县", OffsetDateTime.parse("2022-06-10T07:44:04+08:00"),
                        List.of(), List.of(), "田东县\n" + sentence),
                List.of(new IndicatorRecord(new BigDecimal("20265500"), null, "元", "EXACT", "2026.55万元", "村集体经济总收入",
                                county, "2021", sentence, 14, 23, null, null),
                        new IndicatorRecord(new BigDecimal("3"), null, "%", "APPROX", "约为3%", "增长率", null, null,
                                sentence, 29, 33, null, null)));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
