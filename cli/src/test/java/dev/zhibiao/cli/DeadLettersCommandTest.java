package dev.zhibiao.cli;

import dev.zhibiao.contract.DeadLetterHeaders;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.testinfra.KafkaBroker;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.Ports;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dead-letter listing and re-submission against a real broker. */
class DeadLettersCommandTest {
    private static KafkaBroker broker;
    private static String bootstrap;

    @BeforeAll
    static void startBroker() throws IOException {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external == null || external.isBlank()) {
            broker = KafkaBroker.start(Files.createTempDirectory("zhibiao-cli-kafka-"), Ports.free(), Ports.free());
            bootstrap = broker.bootstrapServers();
        } else {
            bootstrap = external;
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void listsReasonAndOriginThenResubmitsToTheOriginTopic() {
        String key = "dead-" + UUID.randomUUID();
        deadLetter(key, "{\"postId\":\"" + key + "\"}", "the post has no front matter");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DeadLettersCommand command = new DeadLettersCommand(bootstrap, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(1, command.list(key).size());
        String line = printed.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains(key) && line.contains("the post has no front matter") && line.contains(Topics.RAW_POSTS + "/0@17"), line);

        assertEquals(1, command.resubmit(key));
        var back = new KafkaTestClient(bootstrap).await(Topics.RAW_POSTS, key, Duration.ofSeconds(30));
        assertEquals("{\"postId\":\"" + key + "\"}", back.value());
    }

    private static void deadLetter(String key, String value, String reason) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.RAW_POSTS_DEAD_LETTER, key, value);
            record.headers().add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8))
                    .add(DeadLetterHeaders.TOPIC, Topics.RAW_POSTS.getBytes(StandardCharsets.UTF_8))
                    .add(DeadLetterHeaders.PARTITION, "0".getBytes(StandardCharsets.UTF_8))
                    .add(DeadLetterHeaders.OFFSET, "17".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
