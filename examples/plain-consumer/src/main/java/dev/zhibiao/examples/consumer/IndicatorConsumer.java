package dev.zhibiao.examples.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the indicator events of Zhibiao: one CloudEvent per post on topic zhibiao.indicators (binary mode: the
 * CloudEvents attributes are ce_* headers, the value is the JSON payload, the key is the post id).
 * <p>
 * At least once: offsets are committed after the handler returned, so after a crash the handler sees some events
 * again. Events carry a stable eventId (also the ce_id header) to recognize them.
 */
public final class IndicatorConsumer implements AutoCloseable {
    public static final String TOPIC = "zhibiao.indicators";
    /** The type and major version this consumer understands; a v2 would be published beside v1 for a while. */
    public static final String EVENT_TYPE = "dev.zhibiao.indicators.extracted.v1";

    private static final ObjectMapper JSON = JsonMapper.builder()
            // values such as 14820000 or 74.74 keep their exact decimal form
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final KafkaConsumer<String, String> consumer;

    /** A consumer in group {@code groupId} that starts at the oldest retained event when the group is new. */
    public IndicatorConsumer(String bootstrapServers, String groupId) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // one event holds a whole post: allow records of up to 12 MB (the topic's limit)
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 12 * 1024 * 1024,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(TOPIC));
    }

    /**
     * Waits up to {@code timeout} for events, hands every v1 event to {@code handler} in partition order, then
     * commits. Records of other types are skipped.
     *
     * @return the number of events handled
     */
    public int poll(Duration timeout, Consumer<IndicatorEvent> handler) {
        int handled = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            if (EVENT_TYPE.equals(header(record, "ce_type"))) {
                handler.accept(parse(record));
                handled++;
            }
        }
        consumer.commitSync();
        return handled;
    }

    @Override
    public void close() {
        consumer.close();
    }

    private static IndicatorEvent parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readValue(record.value(), IndicatorEvent.class);
        } catch (JsonProcessingException e) {
            // the producer validates every event against the schema: this is a bug to report, not data to skip
            throw new IllegalStateException("event " + header(record, "ce_id") + " of post " + record.key()
                    + " is not valid JSON of " + EVENT_TYPE, e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Prints every indicator as it arrives: {@code java … IndicatorConsumer BOOTSTRAP_SERVERS GROUP_ID}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: IndicatorConsumer BOOTSTRAP_SERVERS GROUP_ID");
            System.exit(2);
        }
        try (IndicatorConsumer indicators = new IndicatorConsumer(args[0], args[1])) {
            while (!Thread.currentThread().isInterrupted()) {
                indicators.poll(Duration.ofSeconds(1), event -> event.indicators().forEach(i -> System.out.printf(
                        "%s\t%s\t%s\t%s %s\t%s%n", event.post().id(), i.metric(),
                        i.region() == null ? "" : i.region().code(), i.value().toPlainString(), i.unit(), i.period())));
            }
        }
    }
}
