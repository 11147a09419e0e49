package dev.zhibiao.testinfra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What tests do with a real broker: write a keyed record, and wait for the record with a given key. */
public final class KafkaTestClient {
    private final String bootstrapServers;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Writes one record and waits until the broker acknowledged it. */
    public void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** Same as {@link #send(String, String, String)}, with record headers (UTF-8), e.g. a W3C traceparent. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a test record to " + topic, e);
        }
    }

    /** The first record of {@code topic} with {@code key}, reading from the beginning; fails after {@code timeout}. */
    public ConsumerRecord<String, String> await(String topic, String key, Duration timeout) {
        return await(topic, key, 1, timeout).get(0);
    }

    /** The first {@code count} records of {@code topic} with {@code key}; fails when fewer arrive within {@code timeout}. */
    public List<ConsumerRecord<String, String>> await(String topic, String key, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = newReader()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        found.add(r);
                        if (found.size() == count) {
                            return found;
                        }
                    }
                }
            }
        }
        throw new AssertionError(found.size() + " of " + count + " records with key " + key + " on " + topic
                + " within " + timeout.toSeconds() + " s");
    }

    /** The first record of each of {@code keys} on {@code topic}, read in one pass; those missing after {@code timeout} are absent. */
    public Map<String, ConsumerRecord<String, String>> awaitAll(String topic, java.util.Set<String> keys, Duration timeout) {
        Map<String, ConsumerRecord<String, String>> found = new java.util.HashMap<>();
        try (KafkaConsumer<String, String> consumer = newReader()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < keys.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(r.key())) {
                        found.putIfAbsent(r.key(), r);
                    }
                }
            }
        }
        return found;
    }

    /** A consumer of its own group that reads from the beginning. */
    private KafkaConsumer<String, String> newReader() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    /** A header's value as UTF-8 text, "" when absent. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
