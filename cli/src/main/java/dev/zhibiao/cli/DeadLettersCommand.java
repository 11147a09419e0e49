package dev.zhibiao.cli;

import dev.zhibiao.contract.DeadLetterHeaders;
import dev.zhibiao.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code zhibiao dead-letters list|resubmit [--bootstrap HOST:PORT] [--key POST_ID]}: shows the records the services
 * rejected (both dead-letter topics) with why, where from and when; {@code resubmit} writes the original records back
 * to the topic they came from, e.g. after an engine fix.
 */
public final class DeadLettersCommand {
    static final List<String> DEAD_LETTER_TOPICS = List.of(Topics.RAW_POSTS_DEAD_LETTER, Topics.INDICATORS_DEAD_LETTER);
    private static final Set<String> RESUBMITTABLE = Set.of(Topics.RAW_POSTS, Topics.INDICATORS);

    private final String bootstrap;
    private final PrintStream out;

    DeadLettersCommand(String bootstrap, PrintStream out) {
        this.bootstrap = bootstrap;
        this.out = out;
    }

    public static void main(String[] args) {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        String key = null;
        String action = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--key" -> key = args[++i];
                default -> action = args[i];
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DeadLettersCommand command = new DeadLettersCommand(bootstrap, out);
        if ("list".equals(action)) {
            command.list(key);
        } else if ("resubmit".equals(action)) {
            out.println("resubmitted " + command.resubmit(key) + " records");
        } else {
            System.err.println("usage: zhibiao dead-letters list|resubmit [--bootstrap HOST:PORT] [--key POST_ID]");
            System.exit(2);
        }
    }

    /** Prints one line per dead letter: time, key, origin, reason. */
    List<ConsumerRecord<String, String>> list(String key) {
        List<ConsumerRecord<String, String>> records = read(key);
        for (ConsumerRecord<String, String> r : records) {
            out.printf("%s  %s  from %s/%s@%s  %s%n", Instant.ofEpochMilli(r.timestamp()), r.key(),
                    header(r, DeadLetterHeaders.TOPIC), header(r, DeadLetterHeaders.PARTITION),
                    header(r, DeadLetterHeaders.OFFSET), header(r, DeadLetterHeaders.REASON));
        }
        out.println(records.size() + " dead letters");
        return records;
    }

    /** Writes the dead letters (all, or those of one key) back to their original topics; returns how many. */
    int resubmit(String key) {
        List<ConsumerRecord<String, String>> records = read(key);
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        int sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (ConsumerRecord<String, String> r : records) {
                String origin = header(r, DeadLetterHeaders.TOPIC);
                if (!RESUBMITTABLE.contains(origin)) {
                    out.println("skipping " + r.key() + ": unknown origin topic '" + origin + "'");
                    continue;
                }
                producer.send(new ProducerRecord<>(origin, r.key(), r.value()));
                sent++;
            }
            producer.flush();
        }
        return sent;
    }

    private List<ConsumerRecord<String, String>> read(String key) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "zhibiao-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : DEAD_LETTER_TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key == null || key.equals(r.key())) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
