package dev.zhibiao.query.consumer;

import dev.zhibiao.contract.DeadLetterHeaders;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.query.StoredRows;
import dev.zhibiao.query.TestEvents;
import dev.zhibiao.query.consumer.IndicatorTopic.KeyedRecord;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.zhibiao.query.IndicatorEvents.event;
import static dev.zhibiao.query.IndicatorEvents.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches through the real broker: what is stored, and what reaches the dead-letter topic, with which reason. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class IndicatorEventConsumerTest {
    @Inject
    AgroalDataSource db;
    @Inject
    MeterRegistry meters;

    @Test
    void poisonRecordsOfABatchAreDeadLetteredAloneAndTheOthersStored() {
        String good1 = newPostId();
        String unreadable = newPostId();
        String good2 = newPostId();
        String tooLongUnit = newPostId();
        String good3 = newPostId();
        double deadLettersBefore = meters.counter("zhibiao.dead.letters", "service", "query-service").count();

        IndicatorTopic.sendTogether(List.of(
                storable(good1),
                new KeyedRecord(unreadable, "{\"eventId\": \"u\", \"post\": {"),
                storable(good2),
                new KeyedRecord(tooLongUnit, Json.write(event(tooLongUnit, "t", "1.0.0",
                        List.of(indicator("5个", "5", "个".repeat(41), "村", null, null))))),
                storable(good3)));

        StoredRows rows = new StoredRows(db);
        for (String stored : List.of(good1, good2, good3)) {
            TestEvents.await(() -> rows.metricsOf(stored), List.of("队员"), "indicators of " + stored);
        }
        KafkaTestClient kafka = new KafkaTestClient(IndicatorTopic.bootstrapServers());
        Duration timeout = Duration.ofSeconds(30);
        ConsumerRecord<String, String> unreadableLetter = kafka.await(Topics.INDICATORS_DEAD_LETTER, unreadable, timeout);
        assertTrue(KafkaTestClient.header(unreadableLetter, DeadLetterHeaders.REASON).contains("not a valid IndicatorsExtracted"),
                KafkaTestClient.header(unreadableLetter, DeadLetterHeaders.REASON));
        ConsumerRecord<String, String> tooLongLetter = kafka.await(Topics.INDICATORS_DEAD_LETTER, tooLongUnit, timeout);
        assertTrue(KafkaTestClient.header(tooLongLetter, DeadLetterHeaders.REASON).contains("value too long"),
                KafkaTestClient.header(tooLongLetter, DeadLetterHeaders.REASON));
        assertEquals(Topics.INDICATORS, KafkaTestClient.header(tooLongLetter, DeadLetterHeaders.TOPIC));
        assertEquals(Map.of(), kafka.awaitAll(Topics.INDICATORS_DEAD_LETTER, Set.of(good1, good2, good3),
                Duration.ofSeconds(3)), "no stored event is dead-lettered");
        assertEquals(deadLettersBefore + 2,
                meters.counter("zhibiao.dead.letters", "service", "query-service").count());
    }

    static KeyedRecord storable(String postId) {
        return new KeyedRecord(postId, Json.write(event(postId, "e-" + postId, "1.0.0",
                List.of(indicator("194名", "194", "名", "队员", null, null)))));
    }

    static String newPostId() {
        return "consumer-" + UUID.randomUUID();
    }
}
